"""Backup policies, their runs and artifacts, and the restore drills that prove a run restores."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from servicedesk.backups.choices import (
    ArtifactKind,
    DrillStatus,
    Engine,
    Phase,
    Procedure,
    RestorationStatus,
    RunStatus,
    StepAction,
    StepStatus,
    Trigger,
)
from servicedesk.backups.validators import (
    lines,
    validate_absolute_path,
    validate_crontab,
    validate_env_name,
    validate_env_name_lines,
    validate_folder_lines,
)

KEEP_HELP = _("0 = esta regla no guarda ninguna.")


class BackupPolicy(models.Model):
    """What is copied, when, where, and how many copies are kept.

    Secrets never live here: another database's URL (with its password) and the restic
    repository's password are read from environment variables this policy names.
    """

    name = models.CharField(_("nombre"), max_length=120, unique=True)
    description = models.TextField(_("descripción"), blank=True)
    include_portal_database = models.BooleanField(_("base de datos del portal"), default=True)
    include_media = models.BooleanField(
        _("archivos del portal"), default=True, help_text=_("Documentos, imágenes y evidencias (MEDIA_ROOT).")
    )
    external_databases = models.TextField(
        _("otras bases PostgreSQL"),
        blank=True,
        validators=[validate_env_name_lines],
        help_text=_(
            "Una variable de entorno por línea; cada una contiene la URL postgres://… de una base del "
            "instituto. La URL y su clave nunca se guardan en el portal."
        ),
    )
    folders = models.TextField(
        _("carpetas"),
        blank=True,
        validators=[validate_folder_lines],
        help_text=_("Una ruta absoluta por línea."),
    )
    schedule = models.CharField(
        _("programación (crontab)"),
        max_length=100,
        default="0 2 * * *",
        validators=[validate_crontab],
        help_text=_(
            "Minuto hora día mes día-de-la-semana, hora de Colombia; «0 2 * * *»: cada día a las 2:00."
        ),
    )
    drill_schedule = models.CharField(
        _("simulacro de restauración (crontab)"),
        max_length=100,
        blank=True,
        default="30 4 * * 0",
        validators=[validate_crontab],
        help_text=_(
            "Cuándo se restaura la última copia en una base temporal para probarla; vacío: solo a mano."
        ),
    )
    destination = models.CharField(
        _("carpeta de destino"),
        max_length=500,
        validators=[validate_absolute_path],
        help_text=_("Ruta absoluta en el servidor; cada ejecución crea allí su carpeta."),
    )
    restic_repository = models.CharField(
        _("repositorio restic (copia externa)"),
        max_length=500,
        blank=True,
        help_text=_("Ruta o URL del repositorio (sftp:…, s3:…, rest:…); vacío: sin copia externa."),
    )
    restic_password_env = models.CharField(
        _("variable con la clave de restic"),
        max_length=64,
        blank=True,
        validators=[validate_env_name],
        help_text=_("Nombre de la variable de entorno que contiene la clave del repositorio."),
    )
    keep_last = models.PositiveSmallIntegerField(
        _("últimas"), default=3, validators=[MaxValueValidator(1000)], help_text=KEEP_HELP
    )
    keep_daily = models.PositiveSmallIntegerField(
        _("diarias"), default=7, validators=[MaxValueValidator(1000)], help_text=KEEP_HELP
    )
    keep_weekly = models.PositiveSmallIntegerField(
        _("semanales"), default=4, validators=[MaxValueValidator(1000)], help_text=KEEP_HELP
    )
    keep_monthly = models.PositiveSmallIntegerField(
        _("mensuales"), default=12, validators=[MaxValueValidator(1000)], help_text=KEEP_HELP
    )
    keep_yearly = models.PositiveSmallIntegerField(
        _("anuales"), default=2, validators=[MaxValueValidator(1000)], help_text=KEEP_HELP
    )
    heartbeat_monitor = models.ForeignKey(
        "monitoring.Monitor",
        verbose_name=_("monitor de latido"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="backup_policies",
        limit_choices_to={"kind": "push"},
        help_text=_("Monitor push al que cada copia exitosa avisa; si las copias dejan de llegar, cae."),
    )
    active = models.BooleanField(_("activa"), default=True)
    created_at = models.DateTimeField(_("creada"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificada"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("description"), FieldPanel("active")], heading=_("Política")
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("include_portal_database"), FieldPanel("include_media")]),
                FieldPanel("external_databases"),
                FieldPanel("folders"),
            ],
            heading=_("Qué se copia"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("schedule"), FieldPanel("drill_schedule")]),
                FieldPanel("heartbeat_monitor"),
            ],
            heading=_("Cuándo"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("destination"),
                FieldRowPanel([FieldPanel("restic_repository"), FieldPanel("restic_password_env")]),
            ],
            heading=_("Dónde"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("keep_last"),
                        FieldPanel("keep_daily"),
                        FieldPanel("keep_weekly"),
                        FieldPanel("keep_monthly"),
                        FieldPanel("keep_yearly"),
                    ]
                )
            ],
            heading=_("Retención (copias que se conservan)"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("política de copias")
        verbose_name_plural = _("políticas de copias")
        permissions = [("run_backuppolicy", _("Ejecutar una política o un simulacro ya"))]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (
            self.include_portal_database
            or self.include_media
            or self.external_databases.strip()
            or self.folders.strip()
        ):
            raise ValidationError(
                _("La política no copia nada: elija al menos una base de datos, los archivos o una carpeta.")
            )
        if self.restic_repository.strip() and not self.restic_password_env:
            raise ValidationError(
                {
                    "restic_password_env": _(
                        "Un repositorio restic necesita la variable de entorno que contiene su clave."
                    )
                }
            )

    @property
    def evidence_source(self) -> str:
        """The key of this policy's runs and drills as the evidence of a risk control."""
        return f"copias_politica_{self.pk}"

    @property
    def external_database_envs(self) -> list[str]:
        return lines(self.external_databases)

    @property
    def folder_paths(self) -> list[str]:
        return lines(self.folders)

    @property
    def retention(self) -> dict[str, int]:
        return {
            "last": self.keep_last,
            "daily": self.keep_daily,
            "weekly": self.keep_weekly,
            "monthly": self.keep_monthly,
            "yearly": self.keep_yearly,
        }


class Execution(models.Model):
    """Abstract: what a run and a drill both record: who or what started it, when, its log, and the
    incident the service desk filed when it failed."""

    trigger = models.CharField(_("origen"), max_length=12, choices=Trigger.choices, default=Trigger.SCHEDULE)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("solicitado por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("inicio"))
    finished_at = models.DateTimeField(_("fin"), null=True, blank=True)
    log = models.TextField(_("registro"), blank=True)
    error = models.TextField(_("error"), blank=True)
    incident = models.ForeignKey(
        "servicedesk.Ticket",
        verbose_name=_("incidente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("El caso que abrió la mesa de servicios cuando falló."),
    )

    class Meta:
        abstract = True
        ordering = ["-started_at", "-pk"]

    @property
    def duration_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class BackupRun(Execution):
    """One run of a policy: its live progress while it runs, its log and result after."""

    policy = models.ForeignKey(
        BackupPolicy, verbose_name=_("política"), on_delete=models.PROTECT, related_name="runs"
    )
    status = models.CharField(
        _("estado"), max_length=14, choices=RunStatus.choices, default=RunStatus.RUNNING
    )
    phase = models.CharField(_("fase"), max_length=16, choices=Phase.choices, default=Phase.WAITING)
    bytes_written = models.PositiveBigIntegerField(_("bytes escritos"), default=0)
    files_written = models.PositiveIntegerField(_("archivos copiados"), default=0)
    folder = models.CharField(_("carpeta"), max_length=700, blank=True)
    host = models.CharField(_("servidor"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("proceso"), null=True, blank=True)
    verified_at = models.DateTimeField(_("verificada"), null=True, blank=True)
    verified_ok = models.BooleanField(_("verificación correcta"), null=True, blank=True)
    restic_snapshot = models.CharField(_("instantánea restic"), max_length=80, blank=True)
    pruned_at = models.DateTimeField(_("eliminada por retención"), null=True, blank=True)

    class Meta(Execution.Meta):
        verbose_name = _("ejecución de copia")
        verbose_name_plural = _("ejecuciones de copias")
        indexes = [models.Index(fields=["policy", "status", "started_at"], name="backups_run_policy_status")]

    def __str__(self):
        return f"{self.policy} {self.started_at:%Y-%m-%d %H:%M}"


class BackupArtifact(models.Model):
    """A file a run wrote, with its size, its SHA-256 and the manifest of what it holds."""

    run = models.ForeignKey(
        BackupRun, verbose_name=_("ejecución"), on_delete=models.CASCADE, related_name="artifacts"
    )
    kind = models.CharField(_("tipo"), max_length=14, choices=ArtifactKind.choices)
    engine = models.CharField(_("formato"), max_length=12, choices=Engine.choices)
    label = models.CharField(_("origen"), max_length=300)
    filename = models.CharField(_("archivo"), max_length=255)
    size = models.PositiveBigIntegerField(_("tamaño (bytes)"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    manifest = models.JSONField(
        _("manifiesto"),
        default=dict,
        help_text=_("Por tabla: filas y suma de verificación del contenido; por archivo: tamaño y SHA-256."),
    )

    class Meta:
        ordering = ["run", "pk"]
        verbose_name = _("artefacto de copia")
        verbose_name_plural = _("artefactos de copia")

    def __str__(self):
        return self.filename


class RestoreDrill(Execution):
    """A run restored into scratch databases and folders, and compared with its manifests."""

    run = models.ForeignKey(
        BackupRun, verbose_name=_("copia probada"), on_delete=models.PROTECT, related_name="drills"
    )
    status = models.CharField(
        _("resultado"), max_length=14, choices=DrillStatus.choices, default=DrillStatus.RUNNING
    )
    rto_seconds = models.FloatField(
        _("tiempo de restauración (s)"),
        null=True,
        blank=True,
        help_text=_("RTO medido: cuánto tardó restaurar."),
    )
    rpo_seconds = models.FloatField(
        _("antigüedad de la copia (s)"),
        null=True,
        blank=True,
        help_text=_("RPO medido: cuánto tiempo de datos se habría perdido al empezar el simulacro."),
    )
    results = models.JSONField(_("comparación"), default=list)

    class Meta(Execution.Meta):
        verbose_name = _("simulacro de restauración")
        verbose_name_plural = _("simulacros de restauración")

    def __str__(self):
        return f"{self.run} · {self.get_status_display()}"


class Restoration(Execution):
    """A restore for real of a run, carried out along one of the two restore procedures: its
    checklist, what was restored where, the comparison with the manifests, and its acta."""

    run = models.ForeignKey(
        BackupRun, verbose_name=_("copia restaurada"), on_delete=models.PROTECT, related_name="restorations"
    )
    procedure = models.CharField(_("procedimiento"), max_length=14, choices=Procedure.choices)
    status = models.CharField(
        _("estado"), max_length=14, choices=RestorationStatus.choices, default=RestorationStatus.OPEN
    )
    reason = models.TextField(
        _("motivo"), help_text=_("Por qué se restaura: la falla, el incidente, la decisión.")
    )
    database_env = models.CharField(
        _("variable con la base de destino"),
        max_length=64,
        blank=True,
        validators=[validate_env_name],
        help_text=_(
            "Variable de entorno del servidor con la URL (postgres://… o sqlite:///…) de la base donde se "
            "restaura; vacío: no se restaura la base."
        ),
    )
    database_target = models.CharField(
        _("base restaurada en"), max_length=500, blank=True, help_text=_("Sin usuario ni clave.")
    )
    media_target = models.CharField(
        _("carpeta de destino de los archivos"),
        max_length=500,
        blank=True,
        validators=[validate_absolute_path],
        help_text=_("Ruta absoluta en el servidor; vacío: no se restauran los archivos."),
    )
    restored_at = models.DateTimeField(_("restaurada"), null=True, blank=True)
    results = models.JSONField(_("comparación"), default=list)
    host = models.CharField(_("servidor"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("proceso"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cerrada por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(Execution.Meta):
        verbose_name = _("restauración")
        verbose_name_plural = _("restauraciones")

    def __str__(self):
        return _("Restauración %(pk)s · %(procedure)s") % {
            "pk": self.pk,
            "procedure": self.get_procedure_display(),
        }


class RestorationStep(models.Model):
    """One step of a restoration's checklist: who did it, when, and what they noted."""

    restoration = models.ForeignKey(
        Restoration, verbose_name=_("restauración"), on_delete=models.CASCADE, related_name="steps"
    )
    position = models.PositiveSmallIntegerField(_("orden"))
    title = models.CharField(_("paso"), max_length=300)
    responsible = models.CharField(_("responsable"), max_length=120)
    action = models.CharField(_("lo hace"), max_length=12, choices=StepAction.choices, blank=True)
    status = models.CharField(
        _("estado"), max_length=10, choices=StepStatus.choices, default=StepStatus.PENDING
    )
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hecho por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    done_at = models.DateTimeField(_("hecho el"), null=True, blank=True)
    notes = models.TextField(_("notas"), blank=True)

    class Meta:
        ordering = ["restoration", "position"]
        verbose_name = _("paso de restauración")
        verbose_name_plural = _("pasos de restauración")
        constraints = [
            models.UniqueConstraint(fields=["restoration", "position"], name="backups_step_position_unique")
        ]

    def __str__(self):
        return f"{self.position}. {self.title}"
