#!/usr/bin/env python3
"""Writes the test corpus (posts/*.md, contributions.json, index.txt) next to this script.

Run once by hand when the corpus should change; the generated files are committed and are what the
tests read (dev.mvpress.support.Corpus). `{{run}}` is replaced by a per-JVM suffix when loading, so
slugs and the tags only hidden posts carry never collide with other tests' data.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261130)

TAGS = ['.NET', 'C#', 'Azure DevOps', 'Azure Functions', 'Blazor', 'PostgreSQL', 'Kubernetes', 'GitHub Actions',
        'Community', 'Microsoft MVP', 'TypeScript', 'F#', 'Entity Framework', 'Observability', 'Security',
        'Speaking', 'Open Source', 'Visual Studio Code', 'Power BI', 'AI']
HIDDEN_TAGS = ['Roadmap Secret {{run}}', 'Embargoed Launch {{run}}']

LANGS = {
    'csharp': 'public record Post(string Slug, string Title);\n\nvar posts = await db.Posts\n    .Where(p => p.PublishedAt <= DateTimeOffset.UtcNow)\n    .OrderByDescending(p => p.PublishedAt)\n    .ToListAsync();\nConsole.WriteLine($"{posts.Count} posts — ✓");',
    'fsharp': 'let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)\n[1..10] |> List.map fib |> printfn "%A"',
    'yaml': 'trigger:\n  branches:\n    include: [main]\npool:\n  vmImage: ubuntu-latest\nsteps:\n  - script: dotnet test --configuration Release\n    displayName: "Tests <unit & integration>"',
    'bash': 'set -euo pipefail\ncurl -fsS -H "Authorization: Bearer $TOKEN" "$API/posts?tag=dotnet" | jq \'.items[].slug\'',
    'sql': "select p.slug, count(*) as tags\nfrom post p join post_tag pt on pt.post_id = p.id\nwhere p.status = 'published' and p.title like '%O''Brien%'\ngroup by p.slug having count(*) > 2;",
    'typescript': 'type Post = { slug: string; title: string; tags: { slug: string; name: string }[] };\nexport async function latest(api: string): Promise<Post[]> {\n  const res = await fetch(`${api}/posts?size=5`);\n  return (await res.json()).items as Post[];\n}',
    'json': '{\n  "title": "Ünïcödé ✨",\n  "tags": ["C#", ".NET"],\n  "nested": {"a": [1, 2, {"b": null}]}\n}',
    'xml': '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net9.0</TargetFramework>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>',
    'python': 'def slugify(title: str) -> str:\n    """Fold accents: café -> cafe."""\n    import unicodedata\n    return unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()',
    'java': 'record Tag(String slug, String name) {}\nvar tags = List.of(new Tag("net", ".NET"), new Tag("c", "C#"));\ntags.stream().map(Tag::name).forEach(System.out::println);',
}

INTL = [
    "Un café à Montréal avec des développeurs passionnés : « déployer le vendredi ? jamais ! »",
    "Über die Größe von Containern und warum Straßenbahnen pünktlicher sind als Builds.",
    "東京のユーザーグループで .NET 9 の新機能について話しました。とても楽しかったです！",
    "在北京的技术大会上，我们讨论了云原生架构和可观测性。",
    "مرحبا بكم في مدونتي عن تطوير البرمجيات والحوسبة السحابية.",
    "שלום לכולם, היום נדבר על בדיקות אוטומטיות ועל DevOps.",
    "Ελληνικά: η κοινότητα είναι το παν. Русский: сообщество — это всё.",
    "Emoji check: 🚀 shipped, 🐛 squashed, ☕ consumed, 👩🏽‍💻 coding, 🇧🇷 São Paulo meetup.",
    "Tiếng Việt có dấu: Phát triển phần mềm là một hành trình dài.",
    "한국어: 오픈 소스 기여는 커뮤니티를 성장시킵니다.",
]

TOPICS = [
    ("Minimal APIs in .NET 9", ['.NET', 'C#']),
    ("Azure DevOps pipelines that do not hate you", ['Azure DevOps', 'GitHub Actions']),
    ("Keyset paging in PostgreSQL", ['PostgreSQL', 'Entity Framework']),
    ("Blazor United in practice", ['Blazor', '.NET', 'C#']),
    ("Cold starts on Azure Functions", ['Azure Functions', '.NET', 'Observability']),
    ("Records, pattern matching and you", ['C#']),
    ("Kubernetes probes explained", ['Kubernetes', 'Observability']),
    ("Giving your first conference talk", ['Speaking', 'Community']),
    ("Maintaining an open source library", ['Open Source', 'Community', 'GitHub Actions']),
    ("F# for C# developers", ['F#', 'C#', '.NET']),
    ("TypeScript types for your REST client", ['TypeScript']),
    ("Structured logging with OpenTelemetry", ['Observability', '.NET', 'Kubernetes']),
    ("Securing secrets in pipelines", ['Security', 'Azure DevOps', 'GitHub Actions']),
    ("VS Code tasks for .NET", ['Visual Studio Code', '.NET']),
    ("Power BI for community metrics", ['Power BI', 'Community']),
    ("Prompting Copilot for tests", ['AI', 'C#', 'Visual Studio Code']),
    ("EF Core migrations in production", ['Entity Framework', 'PostgreSQL', '.NET']),
    ("Running a user group for five years", ['Community', 'Speaking', 'Microsoft MVP']),
    ("Native AOT for web APIs", ['.NET', 'C#', 'Azure Functions', 'Kubernetes']),
    ("A year of Azure DevOps boards", ['Azure DevOps']),
    ("Source generators demystified", ['C#', '.NET', 'Open Source']),
    ("Zero-downtime database migrations", ['PostgreSQL', 'Kubernetes', 'Azure DevOps']),
    ("Threat modelling a blog engine", ['Security', 'Open Source']),
    ("GitHub Actions matrix builds", ['GitHub Actions', 'Open Source', '.NET', 'TypeScript']),
    ("From Excel to Power BI", ['Power BI']),
    ("Mentoring new speakers", ['Speaking', 'Community', 'Microsoft MVP']),
    ("Async streams in C#", ['C#', '.NET']),
    ("Observability budgets", ['Observability', 'AI']),
    ("Full-text search in PostgreSQL", ['PostgreSQL', 'TypeScript']),
    ("Writing a Roslyn analyzer", ['C#', '.NET', 'Open Source', 'Visual Studio Code', 'Community']),
    ("Azure Functions with isolated worker", ['Azure Functions', 'C#']),
    ("Kubernetes on a budget", ['Kubernetes']),
    ("What I learned reviewing docs PRs", ['Open Source', 'Community']),
    ("Testing with Testcontainers", ['.NET', 'PostgreSQL', 'GitHub Actions']),
    ("Localising a Blazor app: français, 日本語, العربية", ['Blazor', '.NET']),
    ("Café-driven development", ['Community']),
    ("Semantic Kernel first steps", ['AI', '.NET', 'C#']),
    ("Hardening Azure DevOps service connections", ['Azure DevOps', 'Security']),
    ("TypeScript strict mode migration", ['TypeScript', 'Visual Studio Code']),
    ("Dashboards for a meetup", ['Power BI', 'Community', 'Speaking']),
    ("Memory profiling .NET services", ['.NET', 'Observability']),
    ("Pattern matching in F#", ['F#']),
    ("How I prepare a workshop", ['Speaking', 'Microsoft MVP']),
    ("Supply chain security for NuGet", ['Security', '.NET', 'Open Source']),
    ("LINQ performance myths", ['C#', 'Entity Framework']),
    ("GitOps with Flux and AKS", ['Kubernetes', 'GitHub Actions', 'Azure DevOps']),
]


def paragraph(words=60):
    vocab = ("the build pipeline deploys every commit to a staging slot where smoke tests run before the swap and "
             "we measure latency throughput and error budgets across regions while the community reviews pull "
             "requests documentation and samples with care patience and a lot of coffee").split()
    return ' '.join(rnd.choice(vocab) for _ in range(words)).capitalize() + '.'


def body(title, i):
    langs = rnd.sample(sorted(LANGS), 2)
    intl = rnd.sample(INTL, 2)
    parts = [
        f"## Why {title.lower()}\n", paragraph(80), '', intl[0], '',
        "### What you need\n",
        "- A recent SDK\n  - .NET 9 or later\n    - with the `aspire` workload\n  - Node.js 22\n- An editor\n  1. Visual Studio Code\n  2. Rider\n- Patience ☕\n",
        f"```{langs[0]}\n{LANGS[langs[0]]}\n```\n",
        paragraph(70), '',
        "| Option | Default | Notes |\n| --- | ---: | :---: |\n| `size` | 20 | at most 100 |\n| `sort` | `-publishedAt` | `title`, `publishedAt` |\n| ✓ unicode | ½ | ünïcødé |\n",
        f"See [the docs](https://learn.microsoft.com/en-us/dotnet/?view=net-9.0&tabs=cli) and ![diagram {i}](https://images.example.com/diagrams/{i}.png \"Diagram {i}\").\n",
        "> A quote from a reviewer:\n> > nested quotes work too\n> > - even with lists\n",
        f"```{langs[1]}\n{LANGS[langs[1]]}\n```\n",
        "## Wrapping up\n", paragraph(90), '', intl[1], '',
        "- [x] write the post\n- [ ] publish it\n- [ ] ~~forget about it~~\n",
    ]
    return '\n'.join(parts)


def front(title, slug, tags, date=None, description=None, draft=None, status=None, extra=None):
    lines = ['---', 'title: ' + json.dumps(title, ensure_ascii=False), 'slug: ' + slug]
    if description:
        lines.append('description: ' + json.dumps(description, ensure_ascii=False))
    lines.append('tags: [' + ', '.join(json.dumps(t, ensure_ascii=False) for t in tags) + ']')
    if date:
        lines.append('date: ' + date)
    if draft is not None:
        lines.append('draft: ' + ('true' if draft else 'false'))
    if status:
        lines.append('status: ' + status)
    for k, v in (extra or {}).items():
        lines.append(f'{k}: {v}')
    lines.append('---')
    return '\n'.join(lines) + '\n'


def slugify(title):
    import unicodedata, re
    s = unicodedata.normalize('NFKD', title).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


index = []  # kind|file|slug-after-load|title


def write(name, text, kind, slug, title):
    with open(os.path.join(HERE, 'posts', name), 'w', encoding='utf-8') as f:
        f.write(text)
    index.append(f'{kind}|{name}|{slug}|{title}')


SEED = """## The e-mail

It was a Tuesday morning in Lisbon when the e-mail arrived: *Congratulations! You have received the Microsoft
Most Valuable Professional award.* I read it three times before I believed it, then I made coffee, then I read it
again. This post is the story of how I got there, what I think actually mattered, and what I would tell someone
who is starting out today.

## Where it started

I did not set out to become an MVP. I set out to stop answering the same question twice. In 2016 our team moved
from an on-premises TFS server to what was then Visual Studio Team Services, and every week somebody asked me how
to make a release pipeline deploy to a staging slot first. So I wrote it down, in a blog post that was mostly
screenshots and a YAML snippet, and put the link in our wiki. A few months later that post had more visitors from
outside the company than from inside it.

That was the first lesson: **write down what you explain**. A blog post is a conversation you only have to have
once.

## What I did, year by year

1. **Writing.** About two posts a month, on .NET, Azure DevOps and the occasional rant about flaky tests. Not all
   of them were good; a few of them were read by thousands of people.
2. **Answering.** I spent lunch breaks on Stack Overflow and in the Microsoft Q&A forums, mostly in the
   `azure-devops` and `c#` tags. Answering forces you to understand a problem well enough to explain it.
3. **Speaking.** First at our local user group (twelve people, three of them my colleagues), then at regional
   conferences, then — terrifyingly — at a Microsoft event.
4. **Organising.** When the user group's founder moved abroad, I took over. Finding venues, speakers and pizza
   every month taught me more about community than any talk I gave.
5. **Contributing.** Small pull requests to the docs, issues with reproductions for the SDK team, a couple of
   open source libraries that a few hundred people use.

None of this was planned as "MVP work". It was simply what I enjoyed, done consistently.

## The nomination

Someone nominates you; you do not apply on a whim. A fellow MVP I had met at a conference asked whether she
could nominate me, and I said yes before I knew what that meant. Then came the form: a year of contributions,
each with a date, a link, a description and numbers — views, attendees, answers. This is where I learned the
second lesson: **keep a log as you go**. Reconstructing twelve months of activity from browser history and old
slide decks took me two full weekends. I now log every contribution the day it happens (this blog logs its own
posts automatically, which is half the reason I built it).

## What the award is, and what it is not

The award is recognition for what you already did for the community, not a job and not a certification. It
comes with early access to product teams, a network of extraordinary people and a yearly renewal that looks at
the past twelve months again. It does not make you an expert in everything Microsoft ships; I still look things
up every single day.

## Advice, if you want it

- Pick a topic you genuinely use at work and share what you learn, including the mistakes.
- Be consistent rather than spectacular: one useful post a month beats one viral post a year.
- Help people where they already are: forums, GitHub issues, local meetups.
- Say yes to the small stage. Twelve people in a meeting room is a fine place to start.
- Keep your own log of contributions, with links and numbers, from day one.
- Be kind. The community remembers how you made people feel long after it forgets your slides.

## Thank you

To the user group that let me practise on them, to the reviewers who fixed my English and my code, to the
fellow MVP who nominated me, and to everyone who ever left a comment saying "this helped": thank you. Obrigado.
Merci. ありがとう. See you at the next meetup.
"""


def main():
    os.makedirs(os.path.join(HERE, 'posts'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'posts')):
        os.remove(os.path.join(HERE, 'posts', f))
    # The seed post, published, with its two tags.
    write('000-becoming-a-microsoft-mvp.md',
          front('Becoming a Microsoft MVP', 'becoming-a-microsoft-mvp-{{run}}', ['Microsoft MVP', 'Community'],
                date='2019-11-01T14:03:00Z', description='How I got the Microsoft MVP award, and what I would tell you',
                draft=False, extra={'series': 'mvp-journey'}) + SEED,
          'published', 'becoming-a-microsoft-mvp-{{run}}', 'Becoming a Microsoft MVP')
    n = 1
    for title, tags in TOPICS:
        year = 2018 + (n % 8)
        date = f'{year}-{(n * 5) % 12 + 1:02d}-{(n * 7) % 27 + 1:02d}T{(n * 3) % 24:02d}:15:00Z'
        slug = slugify(title) + '-{{run}}'
        desc = None if n % 4 == 0 else f'{title}: notes from the trenches ({INTL[n % len(INTL)][:40]})'
        text = front(title, slug, tags, date=date, description=desc, draft=False,
                     extra={'cover_image': f'https://images.example.com/covers/{n}.png'} if n % 3 == 0 else None)
        write(f'{n:03d}-{slugify(title)}.md', text + body(title, n), 'published', slug, title)
        n += 1
    # Drafts (one carries a tag nothing published carries).
    drafts = [("Draft notes on hidden feature flags", ['.NET', HIDDEN_TAGS[0]]),
              ("Draft unfinished talk abstract", ['Speaking']),
              ("Draft review of private preview", ['Azure Functions', 'AI', HIDDEN_TAGS[0]]),
              ("Draft ideas for next year", [])]
    for title, tags in drafts:
        slug = slugify(title) + '-{{run}}'
        # The first draft is a part of the published seed post's series: a reader must not see it there.
        series = {'series': 'mvp-journey', 'series_order': 2} if n == 47 else None
        write(f'{n:03d}-{slugify(title)}.md',
              front(title, slug, tags or ['Community'], draft=True, extra=series) + body(title, n),
              'draft', slug, title)
        n += 1
    # Scheduled: years ahead so they stay scheduled.
    scheduled = [("Scheduled launch of the embargoed SDK", ['.NET', 'C#', HIDDEN_TAGS[1]], '2031-03-01T09:00:00Z'),
                 ("Scheduled recap of a future conference", ['Speaking', 'Community'], '2032-06-15T08:30:00Z'),
                 ("Scheduled deep dive on upcoming Azure DevOps", ['Azure DevOps', HIDDEN_TAGS[1]], '2033-01-10T12:00:00Z')]
    for title, tags, date in scheduled:
        slug = slugify(title) + '-{{run}}'
        series = {'series': 'mvp-journey', 'series_order': 3} if n == 51 else None
        write(f'{n:03d}-{slugify(title)}.md',
              front(title, slug, tags, date=date, status='scheduled', extra=series) + body(title, n),
              'scheduled', slug, title)
        n += 1
    with open(os.path.join(HERE, 'index.txt'), 'w', encoding='utf-8') as f:
        f.write('# kind|file|slug|title, written by generate.py\n' + '\n'.join(index) + '\n')

    contributions = [
        {"key": "seed-blog-talk", "type": "speaker-third-party-event", "title": "Becoming an MVP: lessons learned",
         "description": "Talk at NDC Porto on community work", "date": "2024-10-17", "url": "https://ndcporto.com/talks/becoming-an-mvp",
         "technologyArea": "dotnet", "targetAudiences": ["developer", "student"], "role": "author", "reach": 180,
         "privateDescription": "PRIVNOTE-talk Paid travel myself", "private": False},
        {"key": "podcast", "type": "podcast", "title": "Café com .NET — episódio 42", "description": "Um podcast em português sobre C# ☕",
         "date": "2025-02-03", "url": "https://podcast.example.com/42", "technologyArea": "dotnet",
         "targetAudiences": ["developer"], "role": "host", "reach": 950, "private": False},
        {"key": "video", "type": "video", "title": "Azure DevOps pipelines livestream", "description": "Two hours of YAML",
         "date": "2025-05-21", "url": "https://youtube.example.com/watch?v=abc", "technologyArea": "devops",
         "targetAudiences": ["developer", "it-pro"], "role": "host", "reach": 2300, "private": False},
        {"key": "docs", "type": "content-feedback", "title": "Docs PRs for EF Core", "description": "Fixed 14 samples",
         "date": "2025-07-09", "url": "https://github.com/dotnet/EntityFramework.Docs/pulls?q=author%3Ame",
         "technologyArea": "dotnet", "targetAudiences": ["developer"], "role": "contributor", "reach": 5000, "private": False,
         "privateDescription": "PRIVNOTE-docs reviewer was slow"},
        {"key": "answers", "type": "online-support", "title": "Answers on Microsoft Q&A", "description": "Azure Functions tag",
         "date": "2024-03-12", "url": "https://learn.microsoft.com/answers/users/me", "technologyArea": "azure-application-paas",
         "targetAudiences": ["developer"], "role": "author", "quantity": 37, "reach": 12000, "private": False},
        {"key": "oss", "type": "open-source", "title": "Slugify.NET 2.0", "description": "Accent folding for 日本語 and العربية titles",
         "date": "2023-09-01", "url": "https://github.com/example/slugify-net", "technologyArea": "dotnet",
         "targetAudiences": ["developer"], "role": "author", "reach": 40000, "private": False},
        {"key": "usergroup", "type": "user-group-owner", "title": "Lisbon .NET User Group", "description": "Monthly meetups",
         "date": "2024-06-30", "url": "https://meetup.example.com/lisbon-dotnet", "technologyArea": "dotnet",
         "targetAudiences": ["developer", "student"], "role": "organizer", "quantity": 11, "reach": 600, "private": False},
        {"key": "private-mentoring", "type": "mentorship", "title": "Mentoring PRIVTITLE-mentee", "description": "Weekly calls",
         "date": "2025-01-15", "technologyArea": "dotnet", "targetAudiences": ["student"], "role": "mentor", "quantity": 2,
         "private": True, "privateDescription": "PRIVNOTE-mentee names are confidential"},
        {"key": "private-feedback", "type": "product-feedback", "title": "PRIVTITLE-feedback NDA preview", "description": "Under NDA",
         "date": "2025-04-02", "technologyArea": "azure-application-paas", "targetAudiences": ["technical-decision-maker"],
         "role": "author", "private": True},
        {"key": "ms-event", "type": "speaker-microsoft-event", "title": "Build 2025 community session", "description": "Minimal APIs",
         "date": "2025-05-20", "url": "https://build.microsoft.com/sessions/abc", "technologyArea": "web-development",
         "targetAudiences": ["developer"], "role": "author", "reach": 400, "private": False},
        {"key": "book", "type": "book", "title": "Pipelines in Practice", "description": "An e-book on Azure DevOps",
         "date": "2022-11-11", "url": "https://books.example.com/pipelines", "technologyArea": "devops",
         "targetAudiences": ["developer", "it-pro"], "role": "author", "reach": 1500, "private": False},
        {"key": "linked-scheduled", "type": "video", "title": "PRIVTITLE-scheduled SDK launch stream",
         "description": "Goes with the scheduled post", "date": "2031-03-01",
         "url": "https://youtube.example.com/watch?v=later", "technologyArea": "dotnet", "targetAudiences": ["developer"],
         "role": "host", "private": False, "postSlug": "scheduled-launch-of-the-embargoed-sdk-{{run}}"},
        {"key": "linked-published", "type": "video", "title": "Minimal APIs walkthrough video",
         "description": "Goes with the post", "date": "2022-03-01",
         "url": "https://youtube.example.com/watch?v=minimal", "technologyArea": "dotnet", "targetAudiences": ["developer"],
         "role": "host", "private": False, "postSlug": "minimal-apis-in-net-9-{{run}}"},
    ]
    with open(os.path.join(HERE, 'contributions.json'), 'w', encoding='utf-8') as f:
        json.dump(contributions, f, ensure_ascii=False, indent=2)
        f.write('\n')


main()
