"""Request bodies arrive in every format PHP turns into parameters: JSON, form-encoded and multipart."""

from __future__ import annotations

from tests.emulator.conftest import Api


def test_multipart_bodies_are_read_like_form_posts(api: Api) -> None:
    """``curl -F`` sends multipart/form-data, which PHP reads into ``$_POST`` just like a form-encoded body."""
    api.post("/tags", json={"title": "VIP", "slug": "vip"})
    created = api.post(
        "/subscribers",
        data={"email": "multi@example.com", "status": "pending", "first_name": "Mia", "tags[]": ["1"]},
        files={"avatar_upload": ("photo.png", b"\x89PNG not a parameter", "image/png")},
    )
    assert created.status_code == 200, created.text
    contact = created.json()["contact"]
    assert (contact["email"], contact["status"], contact["first_name"]) == (
        "multi@example.com",
        "pending",
        "Mia",
    )
    assert [tag["slug"] for tag in contact["tags"]] == ["vip"]
    assert "avatar_upload" not in contact

    updated = api.put(f"/subscribers/{contact['id']}", files={"last_name": (None, "Müller")})
    assert updated.status_code == 200, updated.text
    assert updated.json()["contact"]["last_name"] == "Müller"


def test_multipart_without_a_boundary_reads_as_no_parameters(api: Api) -> None:
    response = api.post(
        "/subscribers",
        content=b"email=a@example.com&status=subscribed",
        headers={**api.auth(), "Content-Type": "multipart/form-data"},
    )
    assert response.status_code == 422
    assert set(response.json()) == {"email", "status"}
