"""Factories for people and for the governance records."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.processes.models import Process, ProcessType
from portal.roles import role_by_key


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"persona{n}")
    first_name = "Persona"
    last_name = factory.Sequence(lambda n: f"Prueba {n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@instituto-demo.example")
    password = factory.django.Password("clave-de-prueba-segura")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """``UserFactory(roles=["auditor"])`` puts the user in those role groups."""
        for key in extracted or ():
            self.groups.add(Group.objects.get(name=role_by_key(key).name))


class ProcessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Process

    code = factory.Sequence(lambda n: f"P{n:03d}")
    name = factory.Sequence(lambda n: f"Proceso {n}")
    process_type = ProcessType.SUPPORT
    objective = "Objetivo del proceso de prueba."
    leader = "Gerente"


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.Indicator"

    process = factory.SubFactory(ProcessFactory)
    code = factory.Sequence(lambda n: f"IND-{n:03d}")
    name = factory.Sequence(lambda n: f"Indicador {n}")
    objective = "Medir el proceso."
    indicator_type = "eficacia"
    formula = "(A / B) × 100"
    numerator_description = "A"
    denominator_description = "B"
    unit = "porcentaje"
    frequency = "trimestral"
    data_source = "Registros del proceso"
    responsible = factory.SubFactory(UserFactory)


class RiskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.Risk"

    process = factory.SubFactory(ProcessFactory)
    code = factory.Sequence(lambda n: f"R-{n:03d}")
    risk_type = "gestion"
    classification = "fallas_tecnologicas"
    affectation = "económica"
    immediate_cause = "la pérdida de información"
    root_cause = "copias de seguridad sin probar"
    yearly_frequency = 12
    economic_impact_smlmv = 80
    owner = factory.SubFactory(UserFactory)


class RiskEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.RiskEvent"

    risk = factory.SubFactory(RiskFactory)
    occurred_on = datetime.date(2026, 3, 2)
    description = "La copia diaria falló tres días seguidos."
    impact = "Se perdió un día de trabajo del área financiera."


class AuditProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.AuditProgramme"
        django_get_or_create = ("year",)

    year = 2026
    objective = "Verificar la conformidad de los procesos."
    scope = "Todos los procesos."
    responsible = factory.SubFactory(UserFactory, roles=["auditor"])


class AuditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.Audit"

    programme = factory.SubFactory(AuditProgrammeFactory)
    code = factory.Sequence(lambda n: f"AI-2026-{n:02d}")
    process = factory.SubFactory(ProcessFactory)
    objective = "Determinar la conformidad del proceso."
    scope = "Actividades del último año."
    criteria = factory.LazyFunction(lambda: ["iso9001", "iso27001"])
    start_date = datetime.date(2026, 6, 9)
    end_date = datetime.date(2026, 6, 12)
    lead_auditor = factory.SubFactory(UserFactory, roles=["auditor"])
    plan = "Apertura, entrevistas, cierre."


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.Finding"

    audit = factory.SubFactory(AuditFactory)
    code = factory.Sequence(lambda n: f"H-{n:03d}")
    kind = "nc_menor"
    clause = "ISO/IEC 27001 A.8.13"
    description = "No hay pruebas de restauración."
    evidence = "Carpeta de actas vacía."


class ImprovementActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "governance.ImprovementAction"

    source = "auditoria_interna"
    finding = factory.SubFactory(FindingFactory)
    process = factory.LazyAttribute(lambda o: o.finding.audit.process if o.finding else ProcessFactory())
    problem = "No hay pruebas de restauración."
    root_cause_method = "cinco_porques"
    root_cause = "El procedimiento no fija la frecuencia de las pruebas."
    action = "Actualizar el procedimiento con pruebas trimestrales."
    action_type = "correctiva"
    responsible = factory.SubFactory(UserFactory, roles=["tecnico"])
    start_date = datetime.date(2026, 7, 1)
    end_date = datetime.date(2026, 12, 31)
    goal = "4 pruebas al año"
    deliverable = "Procedimiento actualizado"


class SupportGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "servicedesk.SupportGroup"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Grupo de soporte {n}")


class TicketFactory(factory.django.DjangoModelFactory):
    """A ticket as the register lists it (no status history: use ``services.open_ticket`` for that)."""

    class Meta:
        model = "servicedesk.Ticket"

    ticket_type = "incidente"
    title = factory.Sequence(lambda n: f"Caso de prueba {n}")
    description = "El equipo no responde."
    requester = factory.SubFactory(UserFactory, roles=["funcionario"])
