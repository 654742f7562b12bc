"""Create the role groups with whatever permissions exist at this point.

Permissions of models added later are given to the roles by the ``post_migrate`` receiver
and by ``manage.py sync_roles``, which apply the same table.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from portal.roles.sync import sync_roles

    sync_roles(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
