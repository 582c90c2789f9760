from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_email_page import ReportEmailPage
    from ..models.report_emails_response_statuses import ReportEmailsResponseStatuses


T = TypeVar("T", bound="ReportEmailsResponse")


@_attrs_define
class ReportEmailsResponse:
    """
    Attributes:
        emails (ReportEmailPage): One page of campaign e-mails, latest `scheduled_at` first, in the paginator shape of
            `PaginatorMeta`, except that
            `per_page` is echoed as sent even when negative (a negative size gives an empty page).
        statuses (list[str] | None | ReportEmailsResponseStatuses): Only when the request carries `page=1`: the number
            of e-mails per status over the whole table, as numeric
            strings keyed by status (`[]` when the table is empty). `null` on every other request, including one without
            `page`.
    """

    emails: ReportEmailPage
    statuses: list[str] | None | ReportEmailsResponseStatuses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails.to_dict()

        statuses: dict[str, Any] | list[str] | None
        if isinstance(self.statuses, ReportEmailsResponseStatuses):
            statuses = self.statuses.to_dict()
        elif isinstance(self.statuses, list):
            statuses = self.statuses

        else:
            statuses = self.statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "statuses": statuses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = ReportEmailPage.from_dict(d.pop("emails"))

        def _parse_statuses(data: object) -> list[str] | None | ReportEmailsResponseStatuses:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statuses_statuses = ReportEmailsResponseStatuses.from_dict(data)

                return statuses_statuses
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statuses_type_2 = cast(list[str], data)

                return statuses_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | ReportEmailsResponseStatuses, data)

        statuses = _parse_statuses(d.pop("statuses"))

        report_emails_response = cls(
            emails=emails,
            statuses=statuses,
        )

        report_emails_response.additional_properties = d
        return report_emails_response

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
from ..models.report_email_page import ReportEmailPage  # noqa: E402
from ..models.report_emails_response_statuses import ReportEmailsResponseStatuses  # noqa: E402
