from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_mock import EmailMock


T = TypeVar("T", bound="EmailMockResponse")


@_attrs_define
class EmailMockResponse:
    """The blank custom e-mail in `email_mock`. This answer is a plain array, so it has `__bench`.

    Attributes:
        email_mock (EmailMock): A blank custom e-mail, the starting point of the "send an e-mail to this contact"
            editor. `id` and
            `template_id` are empty strings because nothing is stored yet; `utm_status` is the integer `0`.
    """

    email_mock: EmailMock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_mock = self.email_mock.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_mock": email_mock,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_mock = EmailMock.from_dict(d.pop("email_mock"))

        email_mock_response = cls(
            email_mock=email_mock,
        )

        email_mock_response.additional_properties = d
        return email_mock_response

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.email_mock import EmailMock  # noqa: E402
