"""Fixtures shared by the whole suite."""

import os

import pytest

from tests.factories import UserFactory

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, what: str) -> None:
    """Skip when a real dependency is missing locally; fail under CI=true (it must be there)."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required under CI=true but is missing", pytrace=False)
    pytest.skip(f"{what} is not available")


@pytest.fixture
def demo_site(db):
    """The demo institute's site: home page, institution settings, intranet."""
    from portal.demo import site as demo

    demo.seed(lambda *args: None)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def user_with_role(db):
    """``user_with_role("auditor")`` → a user in that role's group (``None`` → anonymous)."""

    def make(role_key):
        if role_key is None:
            return None
        return UserFactory(username=f"demo-{role_key}", roles=[role_key])

    return make


@pytest.fixture
def transparency(demo_site):
    """The complete transparency menu of the demo institute, filled and published."""
    from portal.demo import transparency as demo

    demo.seed(lambda *args: None)
    from digital_gov.transparency.models import TransparencyIndexPage

    return TransparencyIndexPage.objects.get()
