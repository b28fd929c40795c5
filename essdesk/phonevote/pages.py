"""The phone's pages: plain HTML forms in French, large type, every value escaped.

They work without JavaScript; `SCRIPT` only counts the dots left as they are placed. The
style sheet and the script are served by essdesk itself (no CDN, no outside request), and
the Content-Security-Policy allows nothing else.
"""

from __future__ import annotations

from html import escape
from itertools import groupby

from essdesk.phonevote.ballots import IDEAS_PER_PHONE, MAX_ANSWER, MAX_IDEA, Choice

CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

STYLE = """
html { font-size: 20px; -webkit-text-size-adjust: 100%; }
body { font-family: sans-serif; margin: 0; padding: 0.8rem; color: #0d2227; background: #f6f8f8;
       line-height: 1.35; }
h1 { font-size: 1.4rem; margin: 0.2rem 0 0.8rem; color: #0f6e6e; }
h2 { font-size: 1.15rem; margin: 1.2rem 0 0.5rem; }
h3 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; color: #4a5e62; }
section { background: #fff; border-radius: 10px; padding: 0.6rem 0.8rem; margin-bottom: 1rem;
          border: 1px solid #d5dfdf; }
label { display: block; }
.lever { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem;
         padding: 0.45rem 0; border-top: 1px solid #e6eded; }
.lever span { flex: 1; }
.lever b { color: #0f6e6e; }
select, input, textarea, button { font-size: 1.1rem; font-family: inherit; }
select { min-width: 3.6rem; min-height: 2.4rem; }
input[type=text], textarea { width: 100%; box-sizing: border-box; padding: 0.4rem;
                             border: 1px solid #9fb3b3; border-radius: 6px; }
input.code { font-size: 2rem; letter-spacing: 0.4rem; text-align: center; }
button { display: block; width: 100%; min-height: 3rem; margin-top: 0.8rem; border: 0;
         border-radius: 8px; background: #0f6e6e; color: #fff; font-weight: bold; }
.note { padding: 0.6rem 0.8rem; border-radius: 8px; margin-bottom: 1rem; font-weight: bold; }
.ok { background: #dff3e4; color: #1d5e2c; }
.error { background: #fde3dc; color: #8a2a0a; }
.left { font-weight: bold; }
.muted { color: #4a5e62; font-size: 0.85rem; }
"""

SCRIPT = """
(function () {
  var form = document.getElementById('dots');
  if (!form) { return; }
  var quota = parseInt(form.getAttribute('data-quota'), 10);
  var left = document.getElementById('left');
  var send = document.getElementById('send');
  function update() {
    var used = 0;
    var selects = form.getElementsByTagName('select');
    for (var i = 0; i < selects.length; i++) { used += parseInt(selects[i].value, 10) || 0; }
    var rest = quota - used;
    left.textContent = rest >= 0 ? 'Il vous reste ' + rest + ' gommette' + (rest > 1 ? 's' : '') + '.'
                                 : 'Retirez ' + (-rest) + ' gommette' + (-rest > 1 ? 's' : '') + '.';
    send.disabled = rest < 0 || used === 0;
  }
  form.addEventListener('change', update);
  update();
})();
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/style.css"></head>'
        f'<body>{body}<script src="/app.js"></script></body></html>\n'
    )


def _note(text: str, ok: bool) -> str:
    return (
        f'<p class="note {"ok" if ok else "error"}" role="status">{escape(text)}</p>'
        if text
        else ""
    )


def join_page(title: str, message: str = "", ok: bool = False) -> str:
    body = (
        f"<h1>{escape(title)}</h1>{_note(message, ok)}"
        '<section><form method="post" action="/join">'
        '<label for="code">Code à 4 chiffres affiché à l\'écran</label>'
        '<input class="code" type="text" id="code" name="code" inputmode="numeric" '
        'pattern="[0-9]{4}" maxlength="4" autocomplete="off" required autofocus>'
        '<button type="submit">Rejoindre le vote</button></form></section>'
        '<p class="muted">Aucun compte, aucune donnée personnelle : votre vote est anonyme.</p>'
    )
    return _page(title, body)


def ballot_page(
    title: str,
    token: str,
    choices: list[Choice],
    quota: int,
    *,
    voted: bool,
    question: str,
    answered: bool,
    ideas: int,
    message: str = "",
    ok: bool = False,
) -> str:
    hidden = f'<input type="hidden" name="t" value="{escape(token)}">'
    parts = [f"<h1>{escape(title)}</h1>", _note(message, ok)]
    if voted:
        parts.append(
            "<section><h2>Vos gommettes</h2><p>Ce téléphone a voté : une seule fois par téléphone.</p></section>"
        )
    elif choices:
        options = "".join(f'<option value="{n}">{n}</option>' for n in range(quota + 1))
        rows = []
        for (step, part), levers in groupby(choices, key=lambda c: (c.step, c.part)):
            rows.append(f"<h3>{escape(part)} {step}</h3>")
            for c in levers:
                rows.append(
                    f'<label class="lever" for="d{c.lever_id}"><span><b>{escape(c.code)}</b> '
                    f'{escape(c.label)}</span><select id="d{c.lever_id}" name="d{c.lever_id}">'
                    f"{options}</select></label>"
                )
        parts.append(
            f"<section><h2>Vos gommettes : {quota} au plus</h2>"
            f'<form id="dots" method="post" action="/vote" data-quota="{quota}">{hidden}'
            f'<p class="left" id="left">Répartissez vos {quota} gommettes sur les leviers '
            "prioritaires.</p>"
            + "".join(rows)
            + '<button type="submit" id="send">Envoyer mon vote</button></form></section>'
        )
    if question:
        if answered:
            inner = "<p>Votre réponse est enregistrée. Merci !</p>"
        else:
            inner = (
                f'<form method="post" action="/answer">{hidden}'
                '<label for="answer">Votre réponse</label>'
                f'<input type="text" id="answer" name="answer" maxlength="{MAX_ANSWER}" '
                'autocomplete="off" required><button type="submit">Répondre</button></form>'
            )
        parts.append(f"<section><h2>{escape(question)}</h2>{inner}</section>")
    if ideas < IDEAS_PER_PHONE:
        parts.append(
            f'<section><h2>Une idée pour les notes</h2><form method="post" action="/idea">{hidden}'
            f'<textarea id="idea" name="idea" rows="3" maxlength="{MAX_IDEA}" required '
            'aria-label="Votre idée"></textarea>'
            '<button type="submit">Envoyer l\'idée</button></form></section>'
        )
    parts.append(
        '<p class="muted">Anonyme : ni nom ni compte. '
        '<a href="/">Actualiser la page</a> pour voir une nouvelle question.</p>'
    )
    return _page(title, "".join(parts))


def message_page(title: str, message: str, ok: bool = False) -> str:
    return _page(title, f"<h1>{escape(title)}</h1>{_note(message, ok)}")
