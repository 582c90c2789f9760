from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatePost")


@_attrs_define
class TemplatePost:
    """An e-mail template as the WordPress post (`post_type` `fc_template`) that stores it, plus FluentCRM's
    `design_template`. The primary key is `ID` (an integer); the other numeric columns are strings of digits.

        Attributes:
            id (int):
            post_date (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            post_content (str):
            post_title (str):
            post_status (str): `draft` or `publish` (only published templates are offered by `/templates/all`).
            post_modified (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
                site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            post_type (str):
            post_author (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            post_date_gmt (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in
                the site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            post_excerpt (str | Unset):
            comment_status (str | Unset):
            ping_status (str | Unset):
            post_password (str | Unset):
            post_name (str | Unset):
            to_ping (str | Unset):
            pinged (str | Unset):
            post_modified_gmt (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS`
                in the site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            post_content_filtered (str | Unset):
            post_parent (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            guid (str | Unset):
            menu_order (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            post_mime_type (str | Unset):
            comment_count (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            design_template (None | str | Unset):
    """

    id: int
    post_date: datetime.datetime
    post_content: str
    post_title: str
    post_status: str
    post_modified: datetime.datetime
    post_type: str
    post_author: int | Unset = UNSET
    post_date_gmt: datetime.datetime | Unset = UNSET
    post_excerpt: str | Unset = UNSET
    comment_status: str | Unset = UNSET
    ping_status: str | Unset = UNSET
    post_password: str | Unset = UNSET
    post_name: str | Unset = UNSET
    to_ping: str | Unset = UNSET
    pinged: str | Unset = UNSET
    post_modified_gmt: datetime.datetime | Unset = UNSET
    post_content_filtered: str | Unset = UNSET
    post_parent: int | Unset = UNSET
    guid: str | Unset = UNSET
    menu_order: int | Unset = UNSET
    post_mime_type: str | Unset = UNSET
    comment_count: int | Unset = UNSET
    design_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        post_date = _wire.format_datetime(self.post_date)

        post_content = self.post_content

        post_title = self.post_title

        post_status = self.post_status

        post_modified = _wire.format_datetime(self.post_modified)

        post_type = self.post_type

        post_author: Any = UNSET
        if not isinstance(self.post_author, Unset):
            post_author = _wire.format_int(self.post_author)

        post_date_gmt: Any = UNSET
        if not isinstance(self.post_date_gmt, Unset):
            post_date_gmt = _wire.format_datetime(self.post_date_gmt)

        post_excerpt = self.post_excerpt

        comment_status = self.comment_status

        ping_status = self.ping_status

        post_password = self.post_password

        post_name = self.post_name

        to_ping = self.to_ping

        pinged = self.pinged

        post_modified_gmt: Any = UNSET
        if not isinstance(self.post_modified_gmt, Unset):
            post_modified_gmt = _wire.format_datetime(self.post_modified_gmt)

        post_content_filtered = self.post_content_filtered

        post_parent: Any = UNSET
        if not isinstance(self.post_parent, Unset):
            post_parent = _wire.format_int(self.post_parent)

        guid = self.guid

        menu_order: Any = UNSET
        if not isinstance(self.menu_order, Unset):
            menu_order = _wire.format_int(self.menu_order)

        post_mime_type = self.post_mime_type

        comment_count: Any = UNSET
        if not isinstance(self.comment_count, Unset):
            comment_count = _wire.format_int(self.comment_count)

        design_template: None | str | Unset
        if isinstance(self.design_template, Unset):
            design_template = UNSET
        else:
            design_template = self.design_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "post_date": post_date,
                "post_content": post_content,
                "post_title": post_title,
                "post_status": post_status,
                "post_modified": post_modified,
                "post_type": post_type,
            }
        )
        if post_author is not UNSET:
            field_dict["post_author"] = post_author
        if post_date_gmt is not UNSET:
            field_dict["post_date_gmt"] = post_date_gmt
        if post_excerpt is not UNSET:
            field_dict["post_excerpt"] = post_excerpt
        if comment_status is not UNSET:
            field_dict["comment_status"] = comment_status
        if ping_status is not UNSET:
            field_dict["ping_status"] = ping_status
        if post_password is not UNSET:
            field_dict["post_password"] = post_password
        if post_name is not UNSET:
            field_dict["post_name"] = post_name
        if to_ping is not UNSET:
            field_dict["to_ping"] = to_ping
        if pinged is not UNSET:
            field_dict["pinged"] = pinged
        if post_modified_gmt is not UNSET:
            field_dict["post_modified_gmt"] = post_modified_gmt
        if post_content_filtered is not UNSET:
            field_dict["post_content_filtered"] = post_content_filtered
        if post_parent is not UNSET:
            field_dict["post_parent"] = post_parent
        if guid is not UNSET:
            field_dict["guid"] = guid
        if menu_order is not UNSET:
            field_dict["menu_order"] = menu_order
        if post_mime_type is not UNSET:
            field_dict["post_mime_type"] = post_mime_type
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if design_template is not UNSET:
            field_dict["design_template"] = design_template

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID")

        _post_date = d.pop("post_date")
        post_date: datetime.datetime
        post_date = _wire.parse_datetime(_post_date)

        post_content = d.pop("post_content")

        post_title = d.pop("post_title")

        post_status = d.pop("post_status")

        _post_modified = d.pop("post_modified")
        post_modified: datetime.datetime
        post_modified = _wire.parse_datetime(_post_modified)

        post_type = d.pop("post_type")

        _post_author = d.pop("post_author", UNSET)
        post_author: int | Unset
        if isinstance(_post_author, Unset):
            post_author = UNSET
        else:
            post_author = _wire.parse_int(_post_author)

        _post_date_gmt = d.pop("post_date_gmt", UNSET)
        post_date_gmt: datetime.datetime | Unset
        if isinstance(_post_date_gmt, Unset):
            post_date_gmt = UNSET
        else:
            post_date_gmt = _wire.parse_datetime(_post_date_gmt)

        post_excerpt = d.pop("post_excerpt", UNSET)

        comment_status = d.pop("comment_status", UNSET)

        ping_status = d.pop("ping_status", UNSET)

        post_password = d.pop("post_password", UNSET)

        post_name = d.pop("post_name", UNSET)

        to_ping = d.pop("to_ping", UNSET)

        pinged = d.pop("pinged", UNSET)

        _post_modified_gmt = d.pop("post_modified_gmt", UNSET)
        post_modified_gmt: datetime.datetime | Unset
        if isinstance(_post_modified_gmt, Unset):
            post_modified_gmt = UNSET
        else:
            post_modified_gmt = _wire.parse_datetime(_post_modified_gmt)

        post_content_filtered = d.pop("post_content_filtered", UNSET)

        _post_parent = d.pop("post_parent", UNSET)
        post_parent: int | Unset
        if isinstance(_post_parent, Unset):
            post_parent = UNSET
        else:
            post_parent = _wire.parse_int(_post_parent)

        guid = d.pop("guid", UNSET)

        _menu_order = d.pop("menu_order", UNSET)
        menu_order: int | Unset
        if isinstance(_menu_order, Unset):
            menu_order = UNSET
        else:
            menu_order = _wire.parse_int(_menu_order)

        post_mime_type = d.pop("post_mime_type", UNSET)

        _comment_count = d.pop("comment_count", UNSET)
        comment_count: int | Unset
        if isinstance(_comment_count, Unset):
            comment_count = UNSET
        else:
            comment_count = _wire.parse_int(_comment_count)

        design_template = d.pop("design_template", UNSET)

        template_post = cls(
            id=id,
            post_date=post_date,
            post_content=post_content,
            post_title=post_title,
            post_status=post_status,
            post_modified=post_modified,
            post_type=post_type,
            post_author=post_author,
            post_date_gmt=post_date_gmt,
            post_excerpt=post_excerpt,
            comment_status=comment_status,
            ping_status=ping_status,
            post_password=post_password,
            post_name=post_name,
            to_ping=to_ping,
            pinged=pinged,
            post_modified_gmt=post_modified_gmt,
            post_content_filtered=post_content_filtered,
            post_parent=post_parent,
            guid=guid,
            menu_order=menu_order,
            post_mime_type=post_mime_type,
            comment_count=comment_count,
            design_template=design_template,
        )

        template_post.additional_properties = d
        return template_post

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
