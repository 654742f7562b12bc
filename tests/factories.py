"""Factories shared by the whole suite."""

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
