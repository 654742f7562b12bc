"""Demo institute, governance part: the Gestión de TIC process sheet, as approved."""

from __future__ import annotations

from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model

from governance.documents.models import ControlledDocument, DocumentKind, DocumentVersion
from governance.improvement.models import ImprovementAction
from governance.planning.models import Indicator
from governance.processes import gestion_tic
from governance.processes.models import Process, ProcessActivity, ProcessCriterion
from portal.demo.governance.audits import seed_audits
from portal.demo.governance.improvement import seed_improvement
from portal.demo.governance.legal import seed_norms
from portal.demo.governance.peti import seed_peti
from portal.demo.governance.planning import seed_planning
from portal.demo.governance.risks import seed_risks, seed_treatment
from portal.sample_pdf import sample_pdf

APPROVED_ON = date(2024, 3, 15)


def _file(code: str, title: str):
    Document = get_document_model()
    document = Document.objects.filter(title=f"{code} {title}").first()
    if document is None:
        document = Document(title=f"{code} {title}")
        document.file.save(f"{code.lower()}.pdf", ContentFile(sample_pdf(f"{code} {title}", ["Versión 1"])))
        document.save()
    return document


def seed_process() -> Process:
    process, _ = Process.objects.get_or_create(code=gestion_tic.HEADER["code"], defaults=gestion_tic.HEADER)
    if not process.activities.exists():
        _activities(process)
    if not process.criteria.exists():
        for order, (kind, text, url) in enumerate(gestion_tic.CRITERIA):
            ProcessCriterion.objects.create(process=process, sort_order=order, kind=kind, text=text, url=url)
    documents = [(DocumentKind.PLAN, *plan) for plan in gestion_tic.PLANS]
    documents += [(DocumentKind.PROCEDURE, *procedure) for procedure in gestion_tic.PROCEDURES]
    for order, (kind, code, title) in enumerate(documents):
        if ControlledDocument.objects.filter(code=code).exists():
            continue
        document = ControlledDocument.objects.create(
            process=process, kind=kind, code=code, title=title, sort_order=order
        )
        DocumentVersion.objects.create(
            document=document,
            version="1",
            approved_on=APPROVED_ON,
            approved_by="Gerente",
            file=_file(code, title),
            change_summary="Versión inicial",
        )
    return process


def _activities(process: Process) -> None:
    for order, (phase, number, text, suppliers, inputs, responsible, outputs, clients) in enumerate(
        gestion_tic.ACTIVITIES
    ):
        ProcessActivity.objects.create(
            process=process,
            sort_order=order,
            phase=phase,
            number=number,
            text=text,
            suppliers=suppliers,
            inputs=inputs,
            responsible=responsible,
            outputs=outputs,
            clients=clients,
        )


@transaction.atomic
def seed(report) -> None:
    process = seed_process()
    seed_norms(process)
    seed_planning(process)
    seed_peti()
    seed_risks(process)
    seed_treatment()
    audit = seed_audits(process)
    seed_improvement(audit)
    report("procesos", Process.objects.count())
    report("indicadores", Indicator.objects.count())
    report("acciones de mejora", ImprovementAction.objects.count())
