from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_campaign_email_response_200_email_clicks_item import (
        PreviewCampaignEmailResponse200EmailClicksItem,
    )
    from ..models.preview_campaign_email_response_200_email_from import PreviewCampaignEmailResponse200EmailFrom
    from ..models.preview_campaign_email_response_200_email_reply import PreviewCampaignEmailResponse200EmailReply
    from ..models.preview_campaign_email_response_200_email_to import PreviewCampaignEmailResponse200EmailTo


T = TypeVar("T", bound="PreviewCampaignEmailResponse200Email")


@_attrs_define
class PreviewCampaignEmailResponse200Email:
    """
    Attributes:
        to (PreviewCampaignEmailResponse200EmailTo):
        subject (None | str):
        body (str): The rendered HTML document.
        sender (PreviewCampaignEmailResponse200EmailFrom | Unset):
        reply (None | PreviewCampaignEmailResponse200EmailReply | str | Unset):
        id (int | Unset): The id of the campaign e-mail.
        campaign_id (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
            model's own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        subscriber_id (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
            model's own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        clicks (list[PreviewCampaignEmailResponse200EmailClicksItem] | Unset): Click events of this e-mail.
    """

    to: PreviewCampaignEmailResponse200EmailTo
    subject: None | str
    body: str
    sender: PreviewCampaignEmailResponse200EmailFrom | Unset = UNSET
    reply: None | PreviewCampaignEmailResponse200EmailReply | str | Unset = UNSET
    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    subscriber_id: int | Unset = UNSET
    clicks: list[PreviewCampaignEmailResponse200EmailClicksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to.to_dict()

        subject: None | str
        subject = self.subject

        body = self.body

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        reply: dict[str, Any] | None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        elif isinstance(self.reply, PreviewCampaignEmailResponse200EmailReply):
            reply = self.reply.to_dict()
        else:
            reply = self.reply

        id = self.id

        campaign_id: Any = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = _wire.format_int(self.campaign_id)

        subscriber_id: Any = UNSET
        if not isinstance(self.subscriber_id, Unset):
            subscriber_id = _wire.format_int(self.subscriber_id)

        clicks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clicks, Unset):
            clicks = []
            for clicks_item_data in self.clicks:
                clicks_item = clicks_item_data.to_dict()
                clicks.append(clicks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "subject": subject,
                "body": body,
            }
        )
        if sender is not UNSET:
            field_dict["from"] = sender
        if reply is not UNSET:
            field_dict["reply"] = reply
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if subscriber_id is not UNSET:
            field_dict["subscriber_id"] = subscriber_id
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = PreviewCampaignEmailResponse200EmailTo.from_dict(d.pop("to"))

        subject = d.pop("subject")

        body = d.pop("body")

        _sender = d.pop("from", UNSET)
        sender: PreviewCampaignEmailResponse200EmailFrom | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = PreviewCampaignEmailResponse200EmailFrom.from_dict(_sender)

        def _parse_reply(data: object) -> None | PreviewCampaignEmailResponse200EmailReply | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_reply = PreviewCampaignEmailResponse200EmailReply.from_dict(data)

                return reply_reply
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreviewCampaignEmailResponse200EmailReply | str | Unset, data)

        reply = _parse_reply(d.pop("reply", UNSET))

        id = d.pop("id", UNSET)

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: int | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = _wire.parse_int(_campaign_id)

        _subscriber_id = d.pop("subscriber_id", UNSET)
        subscriber_id: int | Unset
        if isinstance(_subscriber_id, Unset):
            subscriber_id = UNSET
        else:
            subscriber_id = _wire.parse_int(_subscriber_id)

        _clicks = d.pop("clicks", UNSET)
        clicks: list[PreviewCampaignEmailResponse200EmailClicksItem] | Unset = UNSET
        if _clicks is not UNSET:
            clicks = []
            for clicks_item_data in _clicks:
                clicks_item = PreviewCampaignEmailResponse200EmailClicksItem.from_dict(clicks_item_data)

                clicks.append(clicks_item)

        preview_campaign_email_response_200_email = cls(
            to=to,
            subject=subject,
            body=body,
            sender=sender,
            reply=reply,
            id=id,
            campaign_id=campaign_id,
            subscriber_id=subscriber_id,
            clicks=clicks,
        )

        preview_campaign_email_response_200_email.additional_properties = d
        return preview_campaign_email_response_200_email

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
from ..models.preview_campaign_email_response_200_email_clicks_item import (
    PreviewCampaignEmailResponse200EmailClicksItem,  # noqa: E402
)
from ..models.preview_campaign_email_response_200_email_from import PreviewCampaignEmailResponse200EmailFrom  # noqa: E402
from ..models.preview_campaign_email_response_200_email_reply import PreviewCampaignEmailResponse200EmailReply  # noqa: E402
from ..models.preview_campaign_email_response_200_email_to import PreviewCampaignEmailResponse200EmailTo  # noqa: E402
