"""The browsable reference: one self-contained HTML page rendered from the published document.

Everything is written at generate time in Python, so the page needs no network and no JavaScript framework to
show its content, and ``make generate`` needs no Node.js. A few lines of inline script only build the sidebar from
the rendered operations and filter it as the reader types; without them the content is all there.

Per operation the page shows the method and path, summary and description, parameters, request bodies,
responses with their schemas and examples, the documented faults (``x-fluentcrm-faults``) and where FluentCRM's
prose documentation is wrong (``x-doc-differences``); every component schema follows, each linkable. The output
depends only on the document, so it is committed and drift-checked like the rest of ``generated/``.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def _inline(text: str) -> str:
    """Escape ``text`` and render the inline Markdown the spec uses: code spans, bold, links."""
    parts = _CODE.split(text)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(f"<code>{html.escape(part)}</code>")
        else:
            escaped = html.escape(part)
            escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
            out.append(_LINK.sub(r'<a href="\2">\1</a>', escaped))
    return "".join(out)


def markdown(text: str | None) -> str:
    """The small Markdown subset of the spec's descriptions: paragraphs, bullet lists, fenced code, inline marks."""
    if not text:
        return ""
    blocks: list[str] = []
    lines = text.strip("\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip().startswith("```"):
            body = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith("```"):
                body.append(lines[index])
                index += 1
            blocks.append(f"<pre>{html.escape(chr(10).join(body))}</pre>")
            index += 1
        elif re.match(r"\s*[*-] ", line):
            items: list[str] = []
            while index < len(lines) and lines[index].strip():
                current = lines[index]
                if re.match(r"\s*[*-] ", current):
                    items.append(current.strip()[2:])
                elif items:
                    items[-1] += " " + current.strip()
                index += 1
            blocks.append("<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in items) + "</ul>")
        elif not line.strip():
            index += 1
        else:
            paragraph = []
            while (
                index < len(lines) and lines[index].strip() and not re.match(r"\s*([*-] |```)", lines[index])
            ):
                paragraph.append(lines[index].strip())
                index += 1
            blocks.append(f"<p>{_inline(' '.join(paragraph))}</p>")
    return "\n".join(blocks)


class _Renderer:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document.get("components") or {}

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (responses, parameters, examples) to its target; schemas stay references."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 10:
            section, _, name = node["$ref"].removeprefix("#/components/").partition("/")
            target = (self.components.get(section) or {}).get(name)
            if target is None:
                break
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            seen += 1
        return node

    def schema_link(self, schema: Any) -> str:
        """A one-line name for a schema: a link for a component, else its type or title."""
        if not isinstance(schema, dict):
            return "any"
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            return f'<a href="#schema-{html.escape(name)}">{html.escape(name)}</a>'
        if "title" in schema:
            return html.escape(str(schema["title"]))
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return " | ".join(self.schema_link(member) for member in schema[keyword])
        kind = schema.get("type", "any")
        if kind == "array":
            return f"array of {self.schema_link(schema.get('items'))}"
        if isinstance(kind, list):
            return " | ".join(html.escape(str(k)) for k in kind)
        if "enum" in schema:
            return html.escape(f"{kind}: " + ", ".join(json.dumps(v) for v in schema["enum"]))
        return html.escape(str(kind))

    def json_block(self, value: Any) -> str:
        text = html.escape(json.dumps(value, indent=2, ensure_ascii=False))
        return re.sub(
            r"&quot;#/components/schemas/([A-Za-z0-9_.-]+)&quot;",
            r'&quot;<a href="#schema-\1">#/components/schemas/\1</a>&quot;',
            f"<pre>{text}</pre>",
        )

    def examples(self, media: dict[str, Any]) -> str:
        out = []
        if "example" in media:
            out.append(f"<details><summary>Example</summary>{self.json_block(media['example'])}</details>")
        for name, example in (media.get("examples") or {}).items():
            example = self.resolve(example)
            title = example.get("summary") or name
            note = markdown(example.get("description"))
            out.append(
                f'<details class="example"><summary>Example: {_inline(str(title))}</summary>{note}'
                f"{self.json_block(example.get('value'))}</details>"
            )
        return "".join(out)

    def content(self, content: dict[str, Any] | None) -> str:
        out = []
        for media_type, media in (content or {}).items():
            out.append(
                f'<div class="media"><span class="media-type">{html.escape(media_type)}</span> '
                f"{self.schema_link(media.get('schema'))}{self.examples(media)}</div>"
            )
        return "".join(out)

    def parameters(self, parameters: list[Any]) -> str:
        if not parameters:
            return ""
        rows = []
        for parameter in parameters:
            parameter = self.resolve(parameter)
            required = "required" if parameter.get("required") else ""
            rows.append(
                f"<tr><td><code>{html.escape(str(parameter.get('name')))}</code></td>"
                f"<td>{html.escape(str(parameter.get('in')))}</td><td>{required}</td>"
                f"<td>{self.schema_link(parameter.get('schema'))}</td>"
                f"<td>{markdown(parameter.get('description'))}</td></tr>"
            )
        return (
            '<h4>Parameters</h4><table class="parameters"><tr><th>name</th><th>in</th><th></th><th>schema</th>'
            "<th>description</th></tr>" + "".join(rows) + "</table>"
        )

    def faults(self, faults: list[Any]) -> str:
        items = []
        for fault in faults:
            trigger = self.json_block(fault.get("trigger", {}))
            emulator = fault.get("emulator")
            items.append(
                f'<li class="fault" data-fault-id="{html.escape(str(fault.get("id")))}">'
                f"<strong>{html.escape(str(fault.get('id')))}</strong>: {_inline(str(fault.get('summary', '')))}"
                f"<br>Cause: {_inline(str(fault.get('cause', '')))}"
                f"<br>Seen on: {html.escape(', '.join(map(str, fault.get('seen-on', []))))}; evidence: "
                f"{html.escape(', '.join(map(str, fault.get('evidence', []))))}"
                + (f"<br>Emulator: {_inline(str(emulator))}" if emulator else "")
                + f"<details><summary>Trigger</summary>{trigger}</details></li>"
            )
        return '<div class="faults"><h5>Known faults</h5><ul>' + "".join(items) + "</ul></div>"

    def responses(self, responses: dict[str, Any]) -> str:
        out = ["<h4>Responses</h4>"]
        for status, response in responses.items():
            faults = response.get("x-fluentcrm-faults") if isinstance(response, dict) else None
            response = self.resolve(response)
            faults = faults or response.get("x-fluentcrm-faults")
            out.append(
                f'<div class="response" data-status="{html.escape(str(status))}"><h5>{html.escape(str(status))}</h5>'
                f"{markdown(response.get('description'))}{self.content(response.get('content'))}"
                + (self.faults(faults) if faults else "")
                + "</div>"
            )
        return "".join(out)

    @staticmethod
    def differences(entries: list[Any]) -> str:
        rows = "".join(
            f"<tr><td><code>{html.escape(str(entry.get('topic')))}</code></td><td>{_inline(str(entry.get('doc', '')))}"
            f"</td><td>{_inline(str(entry.get('server', '')))}</td>"
            f"<td>{html.escape(', '.join(map(str, entry.get('evidence', []))))}</td></tr>"
            for entry in entries
        )
        return (
            '<h4>Where the prose documentation differs</h4><table class="doc-differences"><tr><th>topic</th>'
            "<th>the documentation says</th><th>the server does</th><th>evidence</th></tr>"
            + rows
            + "</table>"
        )

    def operation(self, path: str, method: str, item: dict[str, Any], operation: dict[str, Any]) -> str:
        operation_id = str(operation.get("operationId", f"{method} {path}"))
        parameters = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
        body = self.resolve(operation.get("requestBody")) if operation.get("requestBody") else None
        parts = [
            (
                f'<section class="operation" id="op-{html.escape(operation_id)}" '
                f'data-operation-id="{html.escape(operation_id)}" data-tag="{html.escape(self.tag_of(operation))}">'
            ),
            (
                f'<h3><span class="method {method}">{method.upper()}</span> <code>{html.escape(path)}</code> '
                f"{html.escape(str(operation.get('summary', '')))}</h3>"
            ),
            f'<p class="operation-id">operationId <code>{html.escape(operation_id)}</code></p>',
            markdown(operation.get("description")),
            self.parameters(parameters),
        ]
        if body:
            required = " (required)" if body.get("required") else ""
            parts.append(f"<h4>Request body{required}</h4>{markdown(body.get('description'))}")
            parts.append(self.content(body.get("content")))
        parts.append(self.responses(operation.get("responses") or {}))
        if operation.get("x-doc-differences"):
            parts.append(self.differences(operation["x-doc-differences"]))
        parts.append("</section>")
        return "\n".join(parts)

    @staticmethod
    def tag_of(operation: dict[str, Any]) -> str:
        tags = operation.get("tags") or ["Other"]
        return str(tags[0])

    def operations_by_tag(self) -> dict[str, list[str]]:
        order = [str(tag.get("name")) for tag in self.document.get("tags") or []]
        grouped: dict[str, list[str]] = {name: [] for name in order}
        for path, item in (self.document.get("paths") or {}).items():
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    grouped.setdefault(self.tag_of(operation), []).append(
                        self.operation(path, method, item, operation)
                    )
        return {tag: sections for tag, sections in grouped.items() if sections}

    def schemas(self) -> str:
        out = ['<h2 id="schemas">Schemas</h2>']
        for name, schema in (self.components.get("schemas") or {}).items():
            out.append(
                f'<section class="schema" id="schema-{html.escape(name)}" data-schema="{html.escape(name)}">'
                f"<h3>{html.escape(name)}</h3>{markdown(schema.get('description'))}"
                f"<details><summary>JSON Schema</summary>{self.json_block(schema)}</details></section>"
            )
        return "\n".join(out)

    def security(self) -> str:
        out = []
        for name, scheme in (self.components.get("securitySchemes") or {}).items():
            out.append(f"<h3>{html.escape(name)}</h3>{markdown(scheme.get('description'))}")
            if scheme.get("x-doc-differences"):
                out.append(self.differences(scheme["x-doc-differences"]))
        return '<h2 id="authentication">Authentication</h2>' + "".join(out) if out else ""

    def page(self) -> str:
        info = self.document.get("info") or {}
        title = html.escape(str(info.get("title", "API reference")))
        servers = "".join(
            f"<li><code>{html.escape(str(server.get('url')))}</code></li>"
            for server in self.document.get("servers") or []
        )
        body = [
            f"<h1>{title} <small>{html.escape(str(info.get('version', '')))}</small></h1>",
            markdown(info.get("description")),
            f"<h2>Servers</h2><ul>{servers}</ul>" if servers else "",
            self.security(),
        ]
        for tag, sections in self.operations_by_tag().items():
            body.append(f'<h2 class="tag" id="tag-{html.escape(tag)}">{html.escape(tag)}</h2>')
            body.extend(sections)
        body.append(self.schemas())
        return _PAGE.format(title=title, style=_STYLE, script=_SCRIPT, body="\n".join(body))


def render_reference(document: dict[str, Any]) -> str:
    """The reference page for ``document`` (a published OpenAPI document)."""
    return _Renderer(document).page()


_STYLE = """
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2330;display:flex}
nav{position:sticky;top:0;height:100vh;overflow:auto;width:18rem;flex:none;background:#f4f5f8;padding:1rem;
box-sizing:border-box;border-right:1px solid #dde}
nav input{width:100%;box-sizing:border-box;margin-bottom:.5rem}
nav ul{list-style:none;padding-left:.5rem;margin:.2rem 0}
nav a{text-decoration:none;color:#233}
main{padding:1rem 2rem;max-width:70rem;min-width:0}
section.operation{border-top:1px solid #dde;padding:.5rem 0 1rem}
.method{display:inline-block;min-width:4.5rem;text-align:center;color:#fff;border-radius:3px;font-size:.8em;
padding:.1rem .3rem;background:#667}
.method.get{background:#2b7bb9}.method.post{background:#2e8b57}.method.put{background:#b8860b}
.method.delete{background:#b22222}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:.85em;max-height:30rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #dde;padding:.2rem .4rem;vertical-align:top;
text-align:left}
.faults{background:#fff4f4;border-left:3px solid #b22222;padding:.2rem .6rem}
.media-type{font-family:monospace;background:#eef;padding:0 .3rem}
"""

_SCRIPT = """
(function () {
  var nav = document.getElementById("operations");
  var groups = {};
  document.querySelectorAll("section.operation").forEach(function (section) {
    var tag = section.getAttribute("data-tag");
    if (!groups[tag]) {
      var item = document.createElement("li");
      item.textContent = tag;
      groups[tag] = document.createElement("ul");
      item.appendChild(groups[tag]);
      nav.appendChild(item);
    }
    var entry = document.createElement("li");
    entry.setAttribute("data-nav-operation", section.getAttribute("data-operation-id"));
    var link = document.createElement("a");
    link.href = "#" + section.id;
    link.textContent = section.querySelector("h3").textContent;
    entry.appendChild(link);
    groups[tag].appendChild(entry);
  });
  document.getElementById("filter").addEventListener("input", function (event) {
    var needle = event.target.value.toLowerCase();
    nav.querySelectorAll("li[data-nav-operation]").forEach(function (entry) {
      entry.style.display = entry.textContent.toLowerCase().indexOf(needle) < 0 ? "none" : "";
    });
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<nav><input id="filter" type="search" placeholder="Filter operations" aria-label="Filter operations">
<ul id="operations"></ul><a href="#schemas">Schemas</a></nav>
<main>
{body}
</main>
<script>{script}</script>
</body>
</html>
"""
