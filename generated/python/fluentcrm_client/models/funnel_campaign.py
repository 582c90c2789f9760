from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_map_item import PhpMapItem
    from ..models.php_map_object import PhpMapObject


T = TypeVar("T", bound="FunnelCampaign")


@_attrs_define
class FunnelCampaign:
    """The hidden campaign (`type` `funnel_email_campaign` in `fc_campaigns`) that holds the e-mail of a funnel's
    "send e-mail" step. `parent_id` is the funnel id.

        Attributes:
            id (int):
            parent_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            title (str):
            status (str):
            template_id (int | None):
            email_subject (None | str):
            email_pre_header (None | str):
            email_body (None | str):
            design_template (str):
            settings (list[PhpMapItem] | PhpMapObject): A free-form settings map that FluentCRM stores serialised and hands
                back as it was saved. Its keys depend on the
                trigger, action or editor that wrote it, so only its container is described. PHP prints an empty map as `[]`, so
                an
                unset map arrives as an empty JSON array instead of `{}`. FluentCRM does not check what a client stores here: a
                client that saves a list or a scalar (for instance a `funnel_settings` string that decodes to one) gets exactly
                that back, which this description does not cover. The emulator stores such values as empty.
            utm_status (bool | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            utm_source (None | str | Unset):
            utm_medium (None | str | Unset):
            utm_campaign (None | str | Unset):
            utm_term (None | str | Unset):
            utm_content (None | str | Unset):
    """

    id: int
    parent_id: int
    title: str
    status: str
    template_id: int | None
    email_subject: None | str
    email_pre_header: None | str
    email_body: None | str
    design_template: str
    settings: list[PhpMapItem] | PhpMapObject
    utm_status: bool | Unset = UNSET
    utm_source: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = _wire.format_int(self.parent_id)

        title = self.title

        status = self.status

        template_id = None if self.template_id is None else _wire.format_int_as_sent(self.template_id)

        email_subject: None | str
        email_subject = self.email_subject

        email_pre_header: None | str
        email_pre_header = self.email_pre_header

        email_body: None | str
        email_body = self.email_body

        design_template = self.design_template

        settings: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.settings, PhpMapObject):
            settings = self.settings.to_dict()
        else:
            settings = []
            for componentsschemas_php_map_type_1_item_data in self.settings:
                componentsschemas_php_map_type_1_item = componentsschemas_php_map_type_1_item_data.to_dict()
                settings.append(componentsschemas_php_map_type_1_item)

        utm_status: Any = UNSET
        if not isinstance(self.utm_status, Unset):
            utm_status = _wire.format_bool(self.utm_status)

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        utm_medium: None | str | Unset
        if isinstance(self.utm_medium, Unset):
            utm_medium = UNSET
        else:
            utm_medium = self.utm_medium

        utm_campaign: None | str | Unset
        if isinstance(self.utm_campaign, Unset):
            utm_campaign = UNSET
        else:
            utm_campaign = self.utm_campaign

        utm_term: None | str | Unset
        if isinstance(self.utm_term, Unset):
            utm_term = UNSET
        else:
            utm_term = self.utm_term

        utm_content: None | str | Unset
        if isinstance(self.utm_content, Unset):
            utm_content = UNSET
        else:
            utm_content = self.utm_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent_id": parent_id,
                "title": title,
                "status": status,
                "template_id": template_id,
                "email_subject": email_subject,
                "email_pre_header": email_pre_header,
                "email_body": email_body,
                "design_template": design_template,
                "settings": settings,
            }
        )
        if utm_status is not UNSET:
            field_dict["utm_status"] = utm_status
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _parent_id = d.pop("parent_id")
        parent_id: int
        parent_id = _wire.parse_int(_parent_id)

        title = d.pop("title")

        status = d.pop("status")

        _template_id = d.pop("template_id")
        template_id: int | None
        if _wire.is_blank(_template_id):
            template_id = None
        else:
            template_id = _wire.parse_int_as_sent(_template_id)

        email_subject = d.pop("email_subject")

        email_pre_header = d.pop("email_pre_header")

        email_body = d.pop("email_body")

        design_template = d.pop("design_template")

        def _parse_settings(data: object) -> list[PhpMapItem] | PhpMapObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_php_map_php_map_object = PhpMapObject.from_dict(data)

                return componentsschemas_php_map_php_map_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_php_map_type_1 = []
            _componentsschemas_php_map_type_1 = data
            for componentsschemas_php_map_type_1_item_data in _componentsschemas_php_map_type_1:
                componentsschemas_php_map_type_1_item = PhpMapItem.from_dict(componentsschemas_php_map_type_1_item_data)

                componentsschemas_php_map_type_1.append(componentsschemas_php_map_type_1_item)

            return componentsschemas_php_map_type_1

        settings = _parse_settings(d.pop("settings"))

        _utm_status = d.pop("utm_status", UNSET)
        utm_status: bool | Unset
        if isinstance(_utm_status, Unset):
            utm_status = UNSET
        else:
            utm_status = _wire.parse_bool(_utm_status)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        funnel_campaign = cls(
            id=id,
            parent_id=parent_id,
            title=title,
            status=status,
            template_id=template_id,
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            email_body=email_body,
            design_template=design_template,
            settings=settings,
            utm_status=utm_status,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
        )

        funnel_campaign.additional_properties = d
        return funnel_campaign

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
from ..models.php_map_item import PhpMapItem  # noqa: E402
from ..models.php_map_object import PhpMapObject  # noqa: E402
