package dev.mvpress.contribution.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

import dev.mvpress.contribution.service.FilingCard.Field;

/**
 * The filing sheet as one self-contained HTML page: a card per activity, its fields in the form's order, a
 * copy button per value (added by the page's one inline script, so a page whose script did not run shows
 * none), and print rules that never split a card across pages. Nothing is loaded from anywhere: the one
 * style and the one script are inline, and {@link #CONTENT_SECURITY_POLICY} allows exactly those two by
 * their hashes and nothing else. Every value is HTML-escaped. Written in parts (head, each card, tail), so that
 * a year of cards is never one string.
 */
public final class FilingSheetHtml {

    static final String STYLE =
            """
                            :root{--ink:#1b1b1f;--muted:#5b6068;--line:#d5d9de;--accent:#0f6cbd;--bg:#f2f3f5}
                            *{box-sizing:border-box}
                            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
                            header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
                            header{padding-top:1.25rem}
                            h1{font-size:1.5rem;margin:0 0 .25rem}
                            header p{margin:.3rem 0;color:var(--muted)}
                            header p.notice{color:var(--ink);background:#fff4e0;border-left:4px solid #c77700;padding:.5rem .75rem}
                            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
                            .card h2{font-size:1.15rem;margin:0;overflow-wrap:anywhere}
                            .card h2 .number{color:var(--accent);margin-right:.4rem}
                            .card .meta{margin:.2rem 0 .75rem;color:var(--muted);font-size:.9rem}
                            .card .meta .private{border:1px solid #c77700;color:#8a5300;border-radius:4px;padding:0 .35rem;margin-left:.4rem;font-size:.8rem}
                            dl{display:grid;grid-template-columns:minmax(10rem,18rem) 1fr;margin:0;border-top:1px solid var(--line)}
                            dt,dd{margin:0;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
                            dt{font-weight:600;color:var(--muted)}
                            dd{display:flex;flex-direction:column;gap:.3rem;min-width:0}
                            .item{display:flex;gap:.75rem;align-items:flex-start}
                            .value{flex:1;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere}
                            .empty{color:var(--muted);font-style:italic}
                            button.copy{flex:none;font:inherit;font-size:.8rem;line-height:1.2;padding:.15rem .55rem;border:1px solid var(--line);border-radius:4px;background:#f7f8fa;color:var(--ink);cursor:pointer}
                            button.copy:hover{border-color:var(--accent);color:var(--accent)}
                            button.copy.done{border-color:#2e7d32;color:#2e7d32}
                            .issues{margin-top:.75rem;background:#fff4e0;border-left:4px solid #c77700;padding:.4rem .75rem}
                    .issues p{margin:0;font-weight:600}
                    .issues ul{margin:.2rem 0 0;padding-left:1.2rem}
                    .offscreen{position:fixed;left:-10000px;top:0}
                            @page{margin:14mm}
                            @media print{body{background:#fff;font-size:10.5pt}header,main{max-width:none;padding:0}button.copy{display:none}.card{border-color:#888;border-radius:0;margin:0 0 5mm}}
                            """;

    static final String SCRIPT = """
            (function () {
              'use strict';
              function copy(text) {
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(text);
                }
                return new Promise(function (resolve, reject) {
                  var area = document.createElement('textarea');
                  area.value = text;
                  area.setAttribute('readonly', '');
                  area.className = 'offscreen';
                  document.body.appendChild(area);
                  area.select();
                  var copied = false;
                  try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
                  document.body.removeChild(area);
                  if (copied) { resolve(); } else { reject(new Error('copy refused')); }
                });
              }
              var values = document.querySelectorAll('.value');
              values.forEach(function (value) {
                var label = value.closest('dd').previousElementSibling.textContent;
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'copy';
                button.textContent = 'Copy';
                button.setAttribute('aria-label', 'Copy ' + label + ': ' + value.textContent);
                button.addEventListener('click', function () {
                  copy(value.textContent).then(function () {
                    button.textContent = 'Copied';
                    button.classList.add('done');
                    setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('done'); }, 1500);
                  }, function () {
                    var range = document.createRange();
                    range.selectNodeContents(value);
                    var selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    button.textContent = 'Selected: press Ctrl+C';
                  });
                });
                value.parentNode.appendChild(button);
              });
              document.body.setAttribute('data-copy-buttons', String(values.length));
            })();
            """;

    /** Allows the page's own inline style and script, by their SHA-256, and nothing else at all. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src '" + sha256(SCRIPT)
            + "'; style-src '" + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private FilingSheetHtml() {
    }

    /**
     * Everything before the first card; {@code count} is the number of cards that follow.
     *
     * @param hidden whether private entries and private descriptions were left out (a caller without
     *        drafts:read), which the page then says
     */
    public static String head(int count, LocalDate from, LocalDate to, boolean hidden) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>MVP filing sheet, ").append(from).append(" to ").append(to).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>MVP filing sheet</h1>\n<p>").append(count)
                .append(count == 1 ? " activity" : " activities").append(" from ")
                .append(FilingSheet.SHOWN_DATE.format(from)).append(" to ").append(FilingSheet.SHOWN_DATE.format(to))
                .append(", oldest first. Each card has the fields of the portal's Create Activity/Event form, in the")
                .append(" form's order and with its labels: fill them from top to bottom. Copy puts one value on the")
                .append(" clipboard; printed, a card never splits across pages.</p>\n");
        if (hidden) {
            html.append("<p class=\"notice\">Public view: private entries and private descriptions are left out.")
                    .append(" Request the sheet with a token that has drafts:read to include them.</p>\n");
        }
        html.append("</header>\n<main>\n");
        if (count == 0) {
            html.append("<p class=\"empty\">No activities in this period.</p>\n");
        }
        return html.toString();
    }

    /** One card's section. */
    public static String card(FilingCard card) {
        StringBuilder html = new StringBuilder(2048);
        card(html, card);
        return html.toString();
    }

    /** Everything after the last card. */
    public static String tail() {
        return "</main>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n";
    }

    private static void card(StringBuilder html, FilingCard card) {
        html.append("<section class=\"card\" id=\"activity-").append(card.number()).append("\" data-date=\"")
                .append(card.date()).append("\">\n<h2><span class=\"number\">").append(card.number())
                .append(".</span>").append(escape(card.title())).append("</h2>\n<p class=\"meta\">")
                .append(escape(card.typeName())).append(" · ").append(card.shownDate());
        if (card.privateEntry()) {
            html.append("<span class=\"private\">private in MVPress</span>");
        }
        html.append("</p>\n<dl>\n");
        for (Field field : card.fields()) {
            html.append("<dt>").append(escape(field.label())).append("</dt><dd>");
            if (field.values().isEmpty()) {
                html.append("<span class=\"empty\">(none)</span>");
            }
            for (String value : field.values()) {
                html.append("<div class=\"item\"><span class=\"value\">").append(escape(value)).append("</span></div>");
            }
            html.append("</dd>\n");
        }
        html.append("</dl>\n");
        if (!card.issues().isEmpty()) {
            html.append("<div class=\"issues\"><p>Before filing:</p><ul>\n");
            for (String issue : card.issues()) {
                html.append("<li>").append(escape(issue)).append("</li>\n");
            }
            html.append("</ul></div>\n");
        }
        html.append("</section>\n");
    }

    /** Text for an element's content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
