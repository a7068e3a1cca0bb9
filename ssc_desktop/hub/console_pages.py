"""The console's Jinja2 templates and style sheet (kept in Python so that every way the
program is packaged carries them). Autoescaping is on for every template: whatever an office
wrote is shown as text. No script at all: the Content-Security-Policy forbids it anyway."""

from __future__ import annotations

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff;
  margin: 0; }
a { color: #0b4f8a; }
a:focus, button:focus, input:focus, textarea:focus, select:focus {
  outline: 3px solid #c05800; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { background: #0b3a66; color: #fff; padding: .6rem 1rem; display: flex;
  flex-wrap: wrap; gap: 1rem; align-items: center; }
header a { color: #fff; }
header .brand { font-weight: bold; margin-right: 1rem; }
header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0;
  padding: 0; }
header nav a[aria-current="page"] { text-decoration: underline 3px; }
header form { margin-left: auto; }
main { padding: 1rem; max-width: 84rem; }
h1 { font-size: 1.6rem; margin: .4rem 0 1rem; }
h2 { font-size: 1.25rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #8a8a8a; padding: .35rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #e8edf3; }
td.value { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 36rem; }
tr.changed td { background: #fff4c2; }
tr.moved td { background: #fde0dc; }
.tag { display: inline-block; font-size: .85rem; padding: 0 .4rem; border: 1px solid #555;
  border-radius: .3rem; background: #fff; color: #1a1a1a; }
.status { border-left: 6px solid #1d6b2f; background: #e7f4ea; padding: .6rem 1rem; }
.error { border-left: 6px solid #a4161a; background: #fbe9ea; padding: .6rem 1rem; }
.secret { font: 1.05rem monospace; background: #f2f2f2; padding: .6rem; border: 1px dashed #555;
  overflow-wrap: anywhere; }
label { display: block; font-weight: bold; margin: .6rem 0 .2rem; }
input[type=text], input[type=password], input[type=search], textarea {
  font: inherit; padding: .4rem; border: 1px solid #555; border-radius: .2rem; width: 100%;
  max-width: 32rem; }
textarea { min-height: 6rem; }
button { font: inherit; padding: .4rem .9rem; border: 1px solid #0b3a66; border-radius: .2rem;
  background: #0b3a66; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #0b3a66; }
button.danger { background: #a4161a; border-color: #a4161a; }
.inline { display: inline; }
.actions { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
.actions form { flex: 1 1 20rem; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.cards li { border: 1px solid #8a8a8a; padding: .6rem 1rem; min-width: 11rem; }
.cards strong { display: block; font-size: 1.6rem; }
.muted { color: #4a4a4a; }
"""

BASE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{% endblock %} · SSC hub console</title>
<link rel="stylesheet" href="/console/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
  <span class="brand">SSC Desktop hub</span>
  {% if admin %}
  <nav aria-label="Console">
    <ul>
      {% for href, label, key in [("/console", "Dashboard", "dashboard"),
          ("/console/review", "Review queue", "review"), ("/console/audit", "Audit log", "audit"),
          ("/console/tokens", "Office tokens", "tokens"),
          ("/console/catalogue", "Catalogue", "catalogue")] %}
      <li><a href="{{ href }}"{% if section == key %} aria-current="page"{% endif %}>{{ label }}
        {%- if key == "review" and waiting %} ({{ waiting }}){% endif %}</a></li>
      {% endfor %}
    </ul>
  </nav>
  <form method="post" action="/console/sign-out">
    <input type="hidden" name="csrf" value="{{ csrf }}">
    <span>{{ admin }}</span> <button type="submit" class="secondary">Sign out</button>
  </form>
  {% endif %}
</header>
<main id="main">
{% if notice %}<p class="status" role="status">{{ notice }}</p>{% endif %}
{% if problem %}<p class="error" role="alert">{{ problem }}</p>{% endif %}
{% block main %}{% endblock %}
</main>
</body>
</html>
"""

SIGN_IN = """{% extends "base.html" %}
{% block title %}Sign in{% endblock %}
{% block main %}
<h1>Sign in</h1>
<p>For the hub's curators and administrators (accounts are made with
<code>ssc-desktop hub admin create NAME</code>). Office tokens do not open the console.</p>
<form method="post" action="/console/sign-in">
  <input type="hidden" name="csrf" value="{{ pre }}">
  <label for="name">Name</label>
  <input type="text" id="name" name="name" autocomplete="username" required autofocus
         value="{{ name }}">
  <label for="password">Password</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <p><button type="submit">Sign in</button></p>
</form>
{% endblock %}
"""

DASHBOARD = """{% extends "base.html" %}
{% block title %}Dashboard{% endblock %}
{% block main %}
<h1>Dashboard</h1>
<ul class="cards">
  <li><a href="/console/review"><strong>{{ waiting }}</strong> contributions waiting</a></li>
  <li><strong>{{ offices|length }}</strong> offices</li>
  <li><strong>{{ records }}</strong> records in the catalogue</li>
  <li><strong>{{ failing }}</strong> offices with refused requests</li>
</ul>
<h2>Offices</h2>
<table>
  <caption class="muted">Last sync and app version as the hub saw them; refused requests are
    syncs the hub turned down (a malformed or forged request).</caption>
  <thead><tr><th scope="col">Office</th><th scope="col">Contributions</th>
    <th scope="col">Last sync</th><th scope="col">App version</th>
    <th scope="col">Refused requests</th><th scope="col">Waiting</th>
    <th scope="col">Tokens</th></tr></thead>
  <tbody>
  {% for o in offices %}
  <tr>
    <th scope="row">{{ o.name }}</th>
    <td>{{ "published directly" if o.publish_directly else "reviewed" }}
      <form method="post" action="/console/offices/publish" class="inline">
        <input type="hidden" name="csrf" value="{{ csrf }}">
        <input type="hidden" name="office" value="{{ o.name }}">
        <input type="hidden" name="value" value="{{ "off" if o.publish_directly else "on" }}">
        <button type="submit" class="secondary">{{ "Review them" if o.publish_directly
          else "Publish directly" }}<span class="skip"> ({{ o.name }})</span></button>
      </form></td>
    <td>{{ (o.last_sync_at or "never")[:16]|replace("T", " ") }}</td>
    <td>{{ o.app_version or "–" }}{% if o.protocol %} (protocol {{ o.protocol }}){% endif %}</td>
    <td>{{ o.failures }}{% if o.last_failure %}<br><span class="muted">last
      {{ o.last_failure_at[:16]|replace("T", " ") }}: {{ o.last_failure }}</span>{% endif %}</td>
    <td>{% if o.waiting %}<a href="/console/review?office={{ o.name|urlencode }}">
      {{ o.waiting }}</a>{% else %}0{% endif %}</td>
    <td>{{ o.live_tokens }} live{% if o.tokens > o.live_tokens %}, {{ o.tokens - o.live_tokens }}
      revoked{% endif %}</td>
  </tr>
  {% else %}
  <tr><td colspan="7">No offices yet: make a token on the <a href="/console/tokens">Office
    tokens</a> page.</td></tr>
  {% endfor %}
  </tbody>
</table>
{% endblock %}
"""

QUEUE = """{% extends "base.html" %}
{% block title %}Review queue{% endblock %}
{% block main %}
<h1>Review queue</h1>
<form method="get" action="/console/review">
  <label for="state">Show</label>
  <select id="state" name="state">
    {% for value, label in [("review", "In review"), ("published", "Published"),
        ("returned", "Returned"), ("superseded", "Superseded"), ("all", "All")] %}
    <option value="{{ value }}"{% if value == state %} selected{% endif %}>{{ label }}</option>
    {% endfor %}
  </select>
  {% if office %}<input type="hidden" name="office" value="{{ office }}">{% endif %}
  <button type="submit" class="secondary">Show</button>
</form>
{% if office %}<p>Office: {{ office }} · <a href="/console/review?state={{ state }}">all
  offices</a></p>{% endif %}
<table>
  <thead><tr><th scope="col">No.</th><th scope="col">Title</th><th scope="col">Office</th>
    <th scope="col">Kind</th><th scope="col">Received</th><th scope="col">State</th></tr></thead>
  <tbody>
  {% for c in items %}
  <tr>
    <td>{{ c.id }}</td>
    <td><a href="/console/review/{{ c.id }}">{{ c.title or "(no title)" }}</a></td>
    <td>{{ c.office }}</td>
    <td>{{ "new solution" if c.is_new_record else "edit" }} ({{ c.via }})</td>
    <td>{{ c.received_at[:16] }}</td>
    <td>{{ c.state }}{% if c.decided_by %} by {{ c.decided_by }}{% endif %}</td>
  </tr>
  {% else %}
  <tr><td colspan="6">Nothing here.</td></tr>
  {% endfor %}
  </tbody>
</table>
{% if more %}<p class="muted">The first {{ items|length }} are shown.</p>{% endif %}
{% endblock %}
"""

DETAIL = """{% extends "base.html" %}
{% block title %}Contribution {{ c.id }}{% endblock %}
{% block main %}
<h1>Contribution {{ c.id }}: {{ c.title or "(no title)" }}</h1>
<p>From <strong>{{ c.office }}</strong> ({{ "by USB bundle" if c.via == "bundle" else "online" }}),
  received {{ c.received_at }}. {{ "A new solution." if c.is_new_record else "An edit of a
  central solution." }} State: <strong>{{ c.state }}</strong>{% if c.decided_by %}, by
  {{ c.decided_by }} at {{ c.decided_at }}{% endif %}.</p>
{% if c.comment %}<p>Comment to the office: {{ c.comment }}</p>{% endif %}
{% if c.kept %}<p>Central value kept for: {{ c.kept|join(", ") }}.</p>{% endif %}
<table>
  <caption>Each field side by side. <span class="tag">changed</span> rows are what this
    contribution changes; <span class="tag">changed centrally</span> rows were changed at the hub
    since the office's version: approving keeps the central value, the office is shown both.
  </caption>
  <thead><tr><th scope="col">Field</th><th scope="col">Central now</th>
    <th scope="col">Proposed</th></tr></thead>
  <tbody>
  {% for d in diffs %}
  <tr class="{{ "moved" if d.central_moved else ("changed" if d.changed else "same") }}">
    <th scope="row">{{ d.name }}{% if d.central_moved %} <span class="tag">changed centrally</span>
      {% elif d.changed %} <span class="tag">changed</span>{% endif %}</th>
    <td class="value">{{ d.central|show }}</td>
    <td class="value">{{ d.proposed|show }}</td>
  </tr>
  {% endfor %}
  </tbody>
</table>
{% if c.state == "review" %}
<div class="actions">
  <form method="post" action="/console/review/{{ c.id }}/approve">
    <input type="hidden" name="csrf" value="{{ csrf }}">
    <h2>Approve</h2>
    <p>It becomes part of the central catalogue and reaches every office at its next sync.</p>
    <button type="submit" id="approve">Approve and publish</button>
  </form>
  <form method="post" action="/console/review/{{ c.id }}/return">
    <input type="hidden" name="csrf" value="{{ csrf }}">
    <h2>Return to the office</h2>
    <label for="comment">Comment for {{ c.office }} (what to correct)</label>
    <textarea id="comment" name="comment" required maxlength="2000"></textarea>
    <p><button type="submit" class="danger" id="return">Return with this comment</button></p>
  </form>
</div>
{% endif %}
<p><a href="/console/review">Back to the queue</a></p>
{% endblock %}
"""

AUDIT = """{% extends "base.html" %}
{% block title %}Audit log{% endblock %}
{% block main %}
<h1>Audit log</h1>
<p class="muted">Who decided what and when, newest first (console and command line alike).</p>
<table>
  <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th>
    <th scope="col">On</th><th scope="col">Detail</th></tr></thead>
  <tbody>
  {% for e in entries %}
  <tr><td>{{ e.at[:19] }}</td><td>{{ e.actor }}</td><td>{{ e.action }}</td>
    <td>{{ e.target }}</td><td class="value">{{ e.detail }}</td></tr>
  {% else %}
  <tr><td colspan="5">Nothing yet.</td></tr>
  {% endfor %}
  </tbody>
</table>
{% endblock %}
"""

TOKENS = """{% extends "base.html" %}
{% block title %}Office tokens{% endblock %}
{% block main %}
<h1>Office tokens</h1>
{% if made %}
<section aria-labelledby="made">
  <h2 id="made">New token for {{ made.office }}</h2>
  <p><strong>Shown once only</strong>: the hub keeps a digest. Give it to the office over a
    safe channel (they use it with <code>ssc-desktop sync --token-file FILE</code>).</p>
  <p class="secret" id="new-token">{{ made.token }}</p>
</section>
{% endif %}
<form method="post" action="/console/tokens">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <label for="office">Office name</label>
  <input type="text" id="office" name="office" required maxlength="100"
         placeholder="UNDP Kenya">
  <p><button type="submit">Make a token</button></p>
</form>
<h2>Tokens</h2>
<table>
  <thead><tr><th scope="col">Office</th><th scope="col">Id</th><th scope="col">Made</th>
    <th scope="col">Last used</th><th scope="col">State</th></tr></thead>
  <tbody>
  {% for t in tokens %}
  <tr><td>{{ t.office }}</td><td>{{ t.id }}</td><td>{{ t.created_at[:16] }}</td>
    <td>{{ (t.last_used_at or "never")[:16] }}</td>
    <td>{% if t.revoked_at %}revoked {{ t.revoked_at[:16] }}{% else %}
      <form method="post" action="/console/tokens/revoke" class="inline">
        <input type="hidden" name="csrf" value="{{ csrf }}">
        <input type="hidden" name="id" value="{{ t.id }}">
        <button type="submit" class="danger">Revoke<span class="skip"> token {{ t.id }} of
          {{ t.office }}</span></button>
      </form>{% endif %}</td></tr>
  {% else %}
  <tr><td colspan="5">No tokens yet.</td></tr>
  {% endfor %}
  </tbody>
</table>
{% endblock %}
"""

CATALOGUE = """{% extends "base.html" %}
{% block title %}Catalogue{% endblock %}
{% block main %}
<h1>Catalogue</h1>
<form method="get" action="/console/catalogue" role="search">
  <label for="q">Search titles and texts</label>
  <input type="search" id="q" name="q" value="{{ q }}">
  <button type="submit" class="secondary">Search</button>
</form>
<p>{{ total }} solution(s){% if q %} match{% endif %}.</p>
<table>
  <thead><tr><th scope="col">Title</th><th scope="col">Countries</th>
    <th scope="col">Revision</th><th scope="col">Updated</th></tr></thead>
  <tbody>
  {% for r in rows %}
  <tr><td><a href="/console/catalogue/{{ r.id }}">{{ r.title or "(no title)" }}</a></td>
    <td>{{ r.countries }}</td><td>{{ r.revision }}</td><td>{{ r.updated_at[:10] }}</td></tr>
  {% endfor %}
  </tbody>
</table>
<nav aria-label="Pages">
{% if page > 1 %}<a href="?q={{ q|urlencode }}&amp;page={{ page - 1 }}">Previous page</a>{% endif %}
{% if more %} <a href="?q={{ q|urlencode }}&amp;page={{ page + 1 }}">Next page</a>{% endif %}
</nav>
{% endblock %}
"""

RECORD = """{% extends "base.html" %}
{% block title %}{{ record.title }}{% endblock %}
{% block main %}
<h1>{{ record.title or "(no title)" }}</h1>
<p class="muted">Revision {{ record.revision }}, updated {{ record.updated_at }}{% if
  record.deleted %} — deleted{% endif %}.</p>
<table>
  <tbody>
  {% for name, value in fields %}
  <tr><th scope="row">{{ name }}</th><td class="value">{{ value|show }}</td></tr>
  {% endfor %}
  </tbody>
</table>
<p><a href="/console/catalogue">Back to the catalogue</a></p>
{% endblock %}
"""

MESSAGE = """{% extends "base.html" %}
{% block title %}{{ heading }}{% endblock %}
{% block main %}
<h1>{{ heading }}</h1>
<p>{{ text }}</p>
<p><a href="{{ back }}">Go back</a></p>
{% endblock %}
"""

TEMPLATES = {
    "base.html": BASE,
    "sign_in.html": SIGN_IN,
    "dashboard.html": DASHBOARD,
    "queue.html": QUEUE,
    "detail.html": DETAIL,
    "audit.html": AUDIT,
    "tokens.html": TOKENS,
    "catalogue.html": CATALOGUE,
    "record.html": RECORD,
    "message.html": MESSAGE,
}
