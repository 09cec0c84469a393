-- MVP contributions and the two catalogs they refer to. The catalogs are rows, not enums, because
-- the MVP portal renames types and areas; an authenticated caller can edit them through the API.

create table contribution_type (
    key            varchar(50)  primary key,
    portal_name    varchar(200) not null,
    quantity_label varchar(100) not null,
    reach_label    varchar(100) not null,
    roles          jsonb        not null default '[]'::jsonb,
    metrics        jsonb        not null default '[]'::jsonb,
    position       integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    constraint contribution_type_key_format check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table technology_area (
    key            varchar(80)  primary key,
    name           varchar(200) not null,
    award_category varchar(200) not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    constraint technology_area_key_format check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
create index technology_area_category_idx on technology_area (award_category, name);

create table contribution (
    id                          uuid          primary key,
    type_key                    varchar(50)   not null references contribution_type (key),
    title                       varchar(100)  not null,
    description                 varchar(1000),
    private_description         varchar(1000),
    date                        date          not null,
    end_date                    date,
    url                         varchar(2000),
    technology_area_key         varchar(80)   not null references technology_area (key),
    additional_technology_areas jsonb         not null default '[]'::jsonb,
    target_audiences            jsonb         not null,
    role                        varchar(50),
    quantity                    integer       not null default 1,
    reach                       integer       not null default 0,
    metrics                     jsonb         not null default '{}'::jsonb,
    private                     boolean       not null default false,
    post_id                     uuid          references post (id) on delete set null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     bigint        not null default 0,
    search                      tsvector      generated always as (
                                    setweight(to_tsvector('english', title), 'A')
                                    || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored,
    constraint contribution_end_after_start check (end_date is null or end_date >= date),
    constraint contribution_quantity_positive check (quantity >= 0),
    constraint contribution_reach_positive check (reach >= 0)
);
-- The list (newest first), its date-range and year filters, and the summary's window.
create index contribution_date_idx on contribution (date desc, created_at desc, id);
create index contribution_type_date_idx on contribution (type_key, date desc);
create index contribution_area_date_idx on contribution (technology_area_key, date desc);
create index contribution_post_idx on contribution (post_id) where post_id is not null;
create index contribution_search_idx on contribution using gin (search);
-- Import finds existing entries by (type, date, url) and (type, date, title).
create index contribution_natural_idx on contribution (type_key, date);

-- A post logs its blog contribution once, the first time it is published or scheduled.
alter table post add column contribution_logged boolean not null default false;

insert into contribution_type (key, portal_name, quantity_label, reach_label, roles, metrics, position) values
('blog', 'Blog', 'Posts', 'Annual unique visitors', '["author", "co-author"]', '["views", "subscriberBase"]', 1),
('podcast', 'Podcast', 'Episodes', 'Listeners', '["host", "co-host", "guest", "producer"]', '["onDemandViews", "subscriberBase"]', 2),
('video', 'Webinar/Online Training/Video/Livestream', 'Videos or sessions', 'Views', '["host", "presenter", "co-presenter", "guest", "moderator"]', '["views", "sessions", "liveStreamViews", "onDemandViews", "subscriberBase"]', 3),
('content-feedback', 'Content Feedback and Editing', 'Pull requests, reviews or edits', 'Readers of the content', '["contributor", "reviewer", "editor"]', '["views"]', 4),
('online-support', 'Online Support', 'Answers', 'Views of the answers', '["answerer", "moderator"]', '["views"]', 5),
('open-source', 'Open Source/Project/Sample code/Tools', 'Projects', 'Users or downloads', '["maintainer", "contributor", "author"]', '["views"]', 6),
('product-feedback', 'Product Feedback', 'Feedback items', 'People who voted or commented', '["submitter", "participant"]', '[]', 7),
('mentorship', 'Mentorship/Coaching', 'Mentees', 'People reached', '["mentor", "coach"]', '["sessions"]', 8),
('speaker-microsoft-event', 'Speaker/Presenter at Microsoft Event', 'Talks', 'Attendees', '["speaker", "co-speaker", "panelist", "moderator", "workshop-leader"]', '["sessions", "inPersonAttendees", "liveStreamViews", "onDemandViews"]', 9),
('speaker-third-party-event', 'Speaker/Presenter at Third-party Event', 'Talks', 'Attendees', '["speaker", "co-speaker", "panelist", "moderator", "workshop-leader"]', '["sessions", "inPersonAttendees", "liveStreamViews", "onDemandViews"]', 10),
('user-group-owner', 'User Group Owner', 'Meetings', 'Members', '["owner", "co-organizer"]', '["sessions", "inPersonAttendees", "subscriberBase"]', 11),
('article', 'Article', 'Articles', 'Readers', '["author", "co-author"]', '["views"]', 12),
('book', 'Book/E-book', 'Books', 'Readers', '["author", "co-author", "technical-reviewer"]', '[]', 13),
('other', 'Other', 'Activities', 'People reached', '["contributor", "organizer"]', '["views", "sessions", "inPersonAttendees"]', 14);

insert into technology_area (key, name, award_category) values
('dotnet', '.NET', 'Developer Technologies'),
('cpp', 'C++', 'Developer Technologies'),
('developer-security', 'Developer Security', 'Developer Technologies'),
('developer-tools', 'Developer Tools', 'Developer Technologies'),
('devops', 'DevOps', 'Developer Technologies'),
('java', 'Java', 'Developer Technologies'),
('python', 'Python', 'Developer Technologies'),
('web-development', 'Web Development', 'Developer Technologies'),
('azure-ai-services', 'Azure AI Services', 'AI Platform'),
('azure-machine-learning', 'Azure Machine Learning', 'AI Platform'),
('ai-agents', 'AI Agents and Copilot Extensibility', 'AI Platform'),
('azure-app-services', 'Azure App Services', 'Azure'),
('azure-cloud-native', 'Azure Cloud Native', 'Azure'),
('azure-compute', 'Azure Compute Infrastructure', 'Azure'),
('azure-infrastructure-as-code', 'Azure Infrastructure as Code', 'Azure'),
('azure-integration-services', 'Azure Integration Services', 'Azure'),
('azure-networking', 'Azure Networking', 'Azure'),
('azure-storage', 'Azure Storage', 'Azure'),
('azure-sql', 'Azure SQL', 'Data Platform'),
('azure-cosmos-db', 'Azure Cosmos DB', 'Data Platform'),
('microsoft-fabric', 'Microsoft Fabric', 'Data Platform'),
('sql-server', 'SQL Server', 'Data Platform'),
('power-apps', 'Power Apps', 'Business Applications'),
('power-automate', 'Power Automate', 'Business Applications'),
('power-bi', 'Power BI', 'Business Applications'),
('copilot-studio', 'Copilot Studio', 'Business Applications'),
('dynamics-365', 'Dynamics 365', 'Business Applications'),
('microsoft-365-copilot', 'Microsoft 365 Copilot', 'M365'),
('microsoft-teams', 'Microsoft Teams', 'M365'),
('sharepoint', 'SharePoint', 'M365'),
('excel', 'Excel', 'M365'),
('microsoft-365-development', 'Microsoft 365 Development', 'M365'),
('identity-and-access', 'Identity and Access', 'Security'),
('microsoft-defender', 'Microsoft Defender', 'Security'),
('microsoft-sentinel', 'Microsoft Sentinel', 'Security'),
('microsoft-purview', 'Microsoft Purview', 'Security'),
('intune', 'Intune', 'Security'),
('windows', 'Windows', 'Windows and Devices'),
('windows-development', 'Windows Development', 'Windows and Devices'),
('windows-server', 'Windows Server', 'Windows and Devices');
