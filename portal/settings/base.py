"""Settings shared by every environment. Anything that varies comes from the environment."""

from datetime import timedelta

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from portal.settings.env import (
    BASE_DIR,
    SQLITE_BUSY_TIMEOUT,
    VAR_DIR,
    database_config,
    embedded_file,
    env,
    list_of,
    redis_url,
    whole_number,
)

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = list_of("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = list_of("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "website",
    "digital_gov",
    "governance",
    "servicedesk",
    "servicedesk.monitoring",
    "servicedesk.backups",
    "servicedesk.assets",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "guardian",
    "axes",
    "huey.contrib.djhuey",
    "csp",
    # Its system checks: the rate limits need a cache shared by every process (see below).
    "django_ratelimit",
    # Not routed: wagtail-modeladmin's related-field list filters use its registry.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.full_disk.FullDiskMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.AreaContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------
DATABASES = {"default": database_config(VAR_DIR / "portal.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
REDIS_URL = redis_url()

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="portal"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Client address and rate limits ---------------------------------------------------
# How many proxies the institute runs in front of the portal, each appending to
# X-Forwarded-For. 0: the header is ignored and the socket's address is the client's. See
# portal/client_address.py and docs/deployment.md.
TRUSTED_PROXY_COUNT = whole_number("TRUSTED_PROXY_COUNT", 0)
# django-ratelimit counts in the default cache. It names only memcached and django-redis as
# supported (W001), but Django's own Redis backend increments atomically too (Redis INCR).
# Without Redis the cache is local to each process (E003): exact under runserver and in the
# tests, per gunicorn worker in a single-host production without REDIS_URL (each worker counts
# on its own, so a limit is multiplied by the number of workers; set REDIS_URL for exact limits).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"] + ([] if REDIS_URL else ["django_ratelimit.E003"])

# --- Background work (Huey) -------------------------------------------------------------
# Every settings module sets HUEY["immediate"] explicitly; see dev.py, test.py, production.py.
HUEY_NAME = env.str("HUEY_NAME", default="portal-tic")
if REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": HUEY_NAME,
        "url": REDIS_URL,
        "immediate": False,
        "consumer": {"workers": env.int("HUEY_WORKERS", default=2), "worker_type": "thread"},
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": HUEY_NAME,
        "filename": embedded_file(VAR_DIR / "huey.sqlite3"),
        # The web server enqueues while the consumer dequeues: write-ahead log, and a writer
        # waits for the lock as long as the database's do.
        "journal_mode": "wal",
        "timeout": SQLITE_BUSY_TIMEOUT,
        "immediate": False,
        "consumer": {"workers": env.int("HUEY_WORKERS", default=2), "worker_type": "thread"},
    }

# Wagtail enqueues its own small jobs (reference index, file deletion) through django-tasks;
# they run in-process, which keeps them transactional with the request that caused them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Authentication and permissions ----------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # First: refuses every sign-in of a locked-out user or address before a password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# No guardian "AnonymousUser" row: anonymous visitors never hold object permissions.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = True

LOGIN_URL = "portal:login"
LOGIN_REDIRECT_URL = "/intranet/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/cuenta/ingresar/"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "registration/login.html"

# --- Sign-in lockout (django-axes) -----------------------------------------------------
# Both sign-in pages (/admin/login/ and /cuenta/ingresar/) go through django.contrib.auth, so
# both are covered. Failures are counted in the database (axes' default handler), per user name
# and, separately, per client address: after LOGIN_FAILURE_LIMIT failures within
# LOGIN_LOCKOUT_MINUTES, that user name is refused from anywhere (guessing one account from
# many addresses) and that address is refused for any user name (trying many accounts from
# one address). Not the pair only: it would let both attacks through. A locked-out person waits
# or asks the service desk, whose Administrador unlocks from the admin (Configuración > Bloqueos
# de ingreso, portal/signin/admin.py). A successful sign-in clears the failures of its own user
# name (and only those: see portal/signin/handler.py), so colleagues behind one NAT address do
# not lock each other out with the odd typo.
AXES_FAILURE_LIMIT = whole_number("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=whole_number("LOGIN_LOCKOUT_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "portal.signin.handler.SignInAttemptHandler"
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_ip"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# Every failure is kept (up to 1,000 per user name) for the administrators to read.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Axes' Django-admin pages: this portal has no Django admin; the Wagtail admin shows lockouts.
AXES_ENABLE_ADMIN = False

# Password-reset requests are limited per e-mail address and per client address.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.signin.password_reset.ThrottledPasswordResetForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time ------------------------------------------------------------------
LANGUAGE_CODE = "es-co"
LANGUAGES = [("es-co", _("Español (Colombia)")), ("en", _("Inglés"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Bogota"
USE_I18N = True
USE_TZ = True
WAGTAIL_CONTENT_LANGUAGES = [("es-co", "Español")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("es", "Español"), ("en", "English")]

# --- Static and media -------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
#: Where the demo's backup policy writes its copies (a policy names its own destination).
BACKUP_ROOT = env.path("BACKUP_ROOT", default=str(VAR_DIR / "copias"))
STORAGES = {
    # FileSystemStorage that writes to a temporary name first: a full disk leaves no partial file.
    "default": {"BACKEND": "portal.storage.CompleteFilesStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# Seconds before a silent SMTP server is given up (Django waits forever by default): the password
# reset sends from the web request, and a hung send would also hold a Huey worker.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Portal TIC <no-responder@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Portal TIC"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: staff avatars would send a hash of every colleague's e-mail address to a third
# party, and the admin's Content-Security-Policy loads images from the portal only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "digital_gov.documents.forms.CheckedDocumentForm"
# Documents always go through Django so unpublished ones stay private (see
# website/documents.py); the web server must not expose MEDIA_ROOT/documents.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=25) * 1024 * 1024
# Minutes after which the admin dashboard reports the Huey scheduler as stopped.
SCHEDULER_STALE_AFTER_MINUTES = env.int("SCHEDULER_STALE_AFTER_MINUTES", default=3)

# --- GLPI import (servicedesk.glpi) ------------------------------------------------------
# The legacy REST API, e.g. https://mesa.example.gov.co/apirest.php; empty disables the nightly sync.
GLPI_API_URL = env.str("GLPI_API_URL", default="")
GLPI_APP_TOKEN = env.str("GLPI_APP_TOKEN", default="")
GLPI_USER_TOKEN = env.str("GLPI_USER_TOKEN", default="")

# --- Security defaults shared by every environment ------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# --- Content-Security-Policy (django-csp) ---------------------------------------------
# Two policies, chosen by portal.middleware.AreaContentSecurityPolicyMiddleware: the strict one
# for the public site and the intranet, and a looser one for the Wagtail admin (/admin/), whose
# own widgets still need inline code.
# CSP_REPORT_ONLY=true sends both as Content-Security-Policy-Report-Only (the browser reports and
# blocks nothing), to try a change on live traffic; CSP_REPORT_URI is where browsers report.

#: Where the video blocks' embeds (wagtail.embeds) play.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]

PUBLIC_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": VIDEO_FRAME_SOURCES,
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_CSP_DIRECTIVES = {
    **PUBLIC_CSP_DIRECTIVES,
    # Wagtail prints inline <script>s: the page explorer, the page and snippet editors, the date
    # pickers, choosers and InlinePanels of every form (also inside the modals they load). Their
    # content changes with every form, so no hash can list them, and a nonce would make browsers
    # ignore 'unsafe-inline'. Past the sign-in page only signed-in staff reach the admin.
    "script-src": [SELF, UNSAFE_INLINE],
    # The page editor's scripts add <style> elements as they run; the governance and service desk
    # reports colour heat-map cells and size charts from data.
    "style-src": [SELF, UNSAFE_INLINE],
    # Image uploads are previewed from blob: URLs before they are sent.
    "img-src": [SELF, "data:", "blob:"],
    # The editor's live preview is an iframe of the admin's own preview view, so the admin frames
    # itself. (The previewed page keeps the public policy; see the middleware.)
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}

_csp_report_uri = env.str("CSP_REPORT_URI", default="")
if _csp_report_uri:
    PUBLIC_CSP_DIRECTIVES["report-uri"] = ADMIN_CSP_DIRECTIVES["report-uri"] = [_csp_report_uri]
_csp_report_only = env.bool("CSP_REPORT_ONLY", default=False)
_public_csp = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
_admin_csp = {"DIRECTIVES": ADMIN_CSP_DIRECTIVES}
CONTENT_SECURITY_POLICY = None if _csp_report_only else _public_csp
CONTENT_SECURITY_POLICY_REPORT_ONLY = _public_csp if _csp_report_only else None
ADMIN_CONTENT_SECURITY_POLICY = None if _csp_report_only else _admin_csp
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = _admin_csp if _csp_report_only else None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "[{asctime}] {levelname} {name}: {message}", "style": "{"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page action and django-tasks every in-process job at INFO.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # django-axes: every sign-in failure and lockout is a WARNING; its INFO is chatter.
        "axes": {"level": "WARNING"},
        # Configured here so the Huey consumer does not add a second handler of its own.
        "huey": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
