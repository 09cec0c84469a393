-- The MVP portal's real catalogs (2026-07): its activity types with their API names, roles and
-- per-type counts, its 94 technology areas in 11 award categories, verbatim. Existing entries move
-- to the new names; an entry whose old area, type or role has no portal equivalent keeps it and is
-- flagged (the row stays with in_portal = false, and GET /api/contributions?unknownNames=true lists
-- the entries), never silently moved. Entries also gain the portal filing ledger and the Microsoft
-- event that the "Speaker/Presenter at Microsoft Event" form asks for.

alter table contribution_type
    add column api_name         varchar(200),
    add column microsoft_events jsonb   not null default '[]'::jsonb,
    add column in_portal        boolean not null default true;
alter table technology_area add column in_portal boolean not null default true;

alter table contribution
    add column microsoft_event       varchar(100),
    add column microsoft_event_other varchar(200),
    add column portal_id             varchar(100),
    add column filed_at              timestamptz,
    add column changed_since_filing  boolean not null default false;
-- "What is not filed yet" and "what changed since filing" are the lists a filer works through.
create index contribution_unfiled_idx on contribution (date) where filed_at is null;
create index contribution_changed_idx on contribution (date) where changed_since_filing;
-- The plain-POST duplicate check looks entries up by (date, title) as well as (type, date, url).
create index contribution_date_title_idx on contribution (date, lower(title));

-- 1. Types: roles are the portal's role names, metrics its API count names.
update contribution_type t set
    portal_name = v.portal_name, api_name = v.api_name, roles = v.roles::jsonb, metrics = v.metrics::jsonb,
    microsoft_events = v.events::jsonb, in_portal = true
from (values
    ('blog', 'Blog', 'Blog', '["Author", "Co-Author", "Contributor"]', '["numberOfViews"]', '[]'),
    ('podcast', 'Podcast', 'Podcast', '["Host"]', '["numberOfSessions", "liveStreamViews", "onDemandViews"]', '[]'),
    ('video', 'Webinar/Online Training/Video/Livestream', 'Video', '["Host", "Presenter", "Speaker"]',
        '["numberOfSessions", "liveStreamViews", "onDemandViews"]', '[]'),
    ('content-feedback', 'Content Feedback and Editing', 'Content Feedback and Editing', '["Author", "Contributor"]',
        '["numberOfViews"]', '[]'),
    ('online-support', 'Online Support', 'Online Support', '["Author", "Contributor"]', '["numberOfViews"]', '[]'),
    ('open-source', 'Open Source/Project/Sample code/Tools', 'Open Source/Project/Sample code/Tools',
        '["Author", "Contributor"]', '["numberOfViews"]', '[]'),
    ('product-feedback', 'Product Feedback', 'Product Feedback', '["Author", "Contributor"]', '[]', '[]'),
    ('mentorship', 'Mentorship/Coaching', 'Mentorship/Coaching', '["Mentor", "Organizer", "Other"]',
        '["numberOfSessions"]', '[]'),
    ('speaker-microsoft-event', 'Speaker/Presenter at Microsoft Event', 'Speaker/Presenter at Microsoft Event',
        '["Author", "Contributor"]', '["numberOfSessions"]',
        '["MLSA Summit", "MVP Summit", "RD Summit", "Build", "Ignite", "Inspire", "Other"]'),
    ('speaker-third-party-event', 'Speaker/Presenter at Third-party Event', 'Third-party event',
        '["Author", "Contributor"]', '["inPersonAttendees", "numberOfSessions"]', '[]'),
    ('user-group-owner', 'User Group Owner', 'User Group Owner', '["Organizer", "Other"]', '["numberOfViews"]', '[]'),
    ('book', 'Book/E-book', 'Book/E-book', '["Author", "Co-Author"]', '[]', '[]')
) as v(key, portal_name, api_name, roles, metrics, events)
where t.key = v.key;
-- The portal has no Article type: an article is written content, which the portal files as Blog.
update contribution set type_key = 'blog' where type_key = 'article';
delete from contribution_type where key = 'article';
-- Nor an Other type: its entries keep it and are flagged until the author picks a portal type.
update contribution_type set in_portal = false, api_name = portal_name where key = 'other';
update contribution_type set api_name = portal_name where api_name is null;
update contribution_type set position = 12 where key = 'book';
update contribution_type set position = 13 where key = 'other';
alter table contribution_type alter column api_name set not null;

-- 2. Roles: each old role key to the portal role it is; roles with no equivalent stay (flagged).
update contribution c set role = m.new_role
from (values
    ('podcast', 'co-host', 'host'),
    ('video', 'co-presenter', 'presenter'),
    ('online-support', 'answerer', 'author'),
    ('open-source', 'maintainer', 'author'),
    ('product-feedback', 'submitter', 'author'),
    ('product-feedback', 'participant', 'contributor'),
    ('mentorship', 'coach', 'mentor'),
    ('speaker-microsoft-event', 'speaker', 'author'),
    ('speaker-microsoft-event', 'workshop-leader', 'author'),
    ('speaker-microsoft-event', 'co-speaker', 'contributor'),
    ('speaker-microsoft-event', 'panelist', 'contributor'),
    ('speaker-microsoft-event', 'moderator', 'contributor'),
    ('speaker-third-party-event', 'speaker', 'author'),
    ('speaker-third-party-event', 'workshop-leader', 'author'),
    ('speaker-third-party-event', 'co-speaker', 'contributor'),
    ('speaker-third-party-event', 'panelist', 'contributor'),
    ('speaker-third-party-event', 'moderator', 'contributor'),
    ('user-group-owner', 'owner', 'organizer'),
    ('user-group-owner', 'co-organizer', 'organizer')
) as m(type_key, old_role, new_role)
where c.type_key = m.type_key and c.role = m.old_role;

-- 3. Counts by the portal's API names. A video's or podcast's views are its on-demand views (those types
--    have no "Number of Views"); a user group's attendees are its "Number of Views".
update contribution set metrics = (metrics - 'views') || jsonb_build_object('onDemandViews', metrics -> 'views')
where type_key in ('video', 'podcast') and metrics ? 'views' and not metrics ? 'onDemandViews';
update contribution set metrics = (metrics - 'views') || jsonb_build_object('numberOfViews', metrics -> 'views')
where metrics ? 'views';
update contribution set metrics = (metrics - 'sessions') || jsonb_build_object('numberOfSessions', metrics -> 'sessions')
where metrics ? 'sessions';
update contribution set metrics = (metrics - 'inPersonAttendees')
        || jsonb_build_object('numberOfViews', metrics -> 'inPersonAttendees')
where type_key = 'user-group-owner' and metrics ? 'inPersonAttendees' and not metrics ? 'numberOfViews';

-- 4. Technology areas: the portal's 94, by category, verbatim.
create temporary table portal_area (key varchar(80) primary key, name varchar(200), award_category varchar(200));
insert into portal_area (key, name, award_category) values
('dotnet', '.NET', 'Developer Technologies'),
('cpp', 'C++', 'Developer Technologies'),
('developer-security', 'Developer Security', 'Developer Technologies'),
('developer-tools', 'Developer Tools', 'Developer Technologies'),
('devops', 'DevOps', 'Developer Technologies'),
('java', 'Java', 'Developer Technologies'),
('python', 'Python', 'Developer Technologies'),
('web-development', 'Web Development', 'Developer Technologies'),
('access', 'Access', 'M365'),
('clipchamp', 'Clipchamp', 'M365'),
('excel', 'Excel', 'M365'),
('exchange', 'Exchange', 'M365'),
('loop', 'Loop', 'M365'),
('m365-copilot', 'M365 Copilot', 'M365'),
('m365-copilot-extensibility', 'M365 Copilot Extensibility', 'M365'),
('m365-development', 'M365 Development', 'M365'),
('mesh', 'Mesh', 'M365'),
('microsoft-365', 'Microsoft 365', 'M365'),
('microsoft-graph', 'Microsoft Graph', 'M365'),
('microsoft-teams', 'Microsoft Teams', 'M365'),
('microsoft-viva', 'Microsoft Viva', 'M365'),
('onedrive', 'OneDrive', 'M365'),
('onenote', 'OneNote', 'M365'),
('outlook', 'Outlook', 'M365'),
('planner', 'Planner', 'M365'),
('powerpoint', 'PowerPoint', 'M365'),
('sharepoint', 'SharePoint', 'M365'),
('visio', 'Visio', 'M365'),
('word', 'Word', 'M365'),
('ai-erp', 'AI ERP', 'Business Applications'),
('business-central', 'Business Central', 'Business Applications'),
('copilot-studio', 'Copilot Studio', 'Business Applications'),
('customer-experience', 'Customer Experience', 'Business Applications'),
('customer-service', 'Customer Service', 'Business Applications'),
('power-apps', 'Power Apps', 'Business Applications'),
('power-automate', 'Power Automate', 'Business Applications'),
('power-pages', 'Power Pages', 'Business Applications'),
('analysis-services', 'Analysis Services', 'Data Platform'),
('azure-cosmos-db', 'Azure Cosmos DB', 'Data Platform'),
('azure-database-for-mysql', 'Azure Database for MySQL', 'Data Platform'),
('azure-database-for-postgresql', 'Azure Database for PostgreSQL', 'Data Platform'),
('azure-sql', 'Azure SQL (Database, Pools, Serverless, Hyperscale, Managed Instance, Virtual Machines)', 'Data Platform'),
('data-integration', 'Data Integration', 'Data Platform'),
('database-development-devops', 'Database Development & DevOps', 'Data Platform'),
('fabric-analytics', 'Fabric Analytics', 'Data Platform'),
('microsoft-fabric', 'Microsoft Fabric', 'Data Platform'),
('microsoft-purview-data-governance', 'Microsoft Purview - Data Governance', 'Data Platform'),
('onelake', 'OneLake', 'Data Platform'),
('paginated-operational-reports', 'Paginated Operational Reports (RDL)', 'Data Platform'),
('power-bi', 'Power BI', 'Data Platform'),
('real-time-intelligence', 'Real-Time Intelligence', 'Data Platform'),
('sql-server', 'SQL Server (on Windows, Linux, Containers)', 'Data Platform'),
('sql-server-ml-services', 'SQL Server ML Services', 'Data Platform'),
('tools-and-connectivity', 'Tools & Connectivity', 'Data Platform'),
('azure-application-paas', 'Azure Application PaaS', 'Microsoft Azure'),
('azure-arc', 'Azure Arc (Arc SQL Server, Arc SQL MI)', 'Microsoft Azure'),
('azure-compute', 'Azure Compute Infrastructure', 'Microsoft Azure'),
('azure-hpc-and-ai-infrastructure', 'Azure HPC & AI Infrastructure', 'Microsoft Azure'),
('azure-hybrid-and-migration', 'Azure Hybrid & Migration', 'Microsoft Azure'),
('azure-infrastructure-as-code', 'Azure Infrastructure as Code', 'Microsoft Azure'),
('azure-innovation-hub', 'Azure Innovation Hub', 'Microsoft Azure'),
('azure-integration-paas', 'Azure Integration PaaS', 'Microsoft Azure'),
('azure-kubernetes-and-open-source', 'Azure Kubernetes and Open Source', 'Microsoft Azure'),
('azure-networking', 'Azure Networking', 'Microsoft Azure'),
('azure-operations-and-management', 'Azure Operations & Management', 'Microsoft Azure'),
('azure-solutions-and-ecosystem', 'Azure Solutions & Ecosystem', 'Microsoft Azure'),
('azure-storage', 'Azure Storage', 'Microsoft Azure'),
('azure-well-architected-and-resiliency', 'Azure Well-Architected & Resiliency', 'Microsoft Azure'),
('powershell', 'PowerShell', 'Microsoft Azure'),
('azure-edge-devices', 'Azure Edge Devices', 'Internet of Things'),
('azure-iot-services-and-development', 'Azure IoT Services & Development', 'Internet of Things'),
('azure-virtual-desktop', 'Azure Virtual Desktop', 'Windows and Devices'),
('surface', 'Surface', 'Windows and Devices'),
('windows', 'Windows', 'Windows and Devices'),
('windows-365', 'Windows 365', 'Windows and Devices'),
('cloud-security', 'Cloud Security (Microsoft Defender for Cloud, Azure network security products, GitHub Advanced Security)', 'Security'),
('identity-and-access', 'Identity & Access', 'Security'),
('microsoft-intune', 'Microsoft Intune', 'Security'),
('microsoft-purview', 'Microsoft Purview', 'Security'),
('microsoft-security-copilot', 'Microsoft Security Copilot', 'Security'),
('siem-and-xdr', 'SIEM & XDR (Microsoft Sentinel & Microsoft Defender XDR suite)', 'Security'),
('datacenter-management', 'Datacenter Management (Group Policy, System Center)', 'Cloud and Datacenter Management'),
('enterprise-and-platform-security', 'Enterprise and Platform Security', 'Cloud and Datacenter Management'),
('high-availability', 'High Availability', 'Cloud and Datacenter Management'),
('hyper-v', 'Hyper-V', 'Cloud and Datacenter Management'),
('linux-on-hyper-v', 'Linux on Hyper-V', 'Cloud and Datacenter Management'),
('on-premises-and-hybrid-aks', 'On-premises and Hybrid AKS, Container Management', 'Cloud and Datacenter Management'),
('on-premises-identity', 'On-Premises Identity', 'Cloud and Datacenter Management'),
('on-premises-networking', 'On-Premises Networking', 'Cloud and Datacenter Management'),
('on-premises-storage', 'On-Premises Storage', 'Cloud and Datacenter Management'),
('windows-server', 'Windows Server', 'Cloud and Datacenter Management'),
('microsoft-foundry', 'Microsoft Foundry', 'Microsoft Foundry'),
('windows-design', 'Windows Design', 'Windows Development'),
('windows-development', 'Windows Development', 'Windows Development');

-- Old keys the portal knows under a new name and key (the 2025 "AI Platform" areas are folded into
-- Microsoft Foundry by the 2026-07 list). Old keys not here and not in portal_area have no portal
-- equivalent: azure-cloud-native, dynamics-365 and microsoft-defender stay, flagged.
create temporary table area_move (old_key varchar(80) primary key, new_key varchar(80) not null);
insert into area_move (old_key, new_key) values
('azure-ai-services', 'microsoft-foundry'),
('azure-machine-learning', 'microsoft-foundry'),
('ai-agents', 'microsoft-foundry'),
('azure-app-services', 'azure-application-paas'),
('azure-integration-services', 'azure-integration-paas'),
('microsoft-365-copilot', 'm365-copilot'),
('microsoft-365-development', 'm365-development'),
('intune', 'microsoft-intune'),
('microsoft-sentinel', 'siem-and-xdr');

insert into technology_area (key, name, award_category, in_portal)
select key, name, award_category, true from portal_area
on conflict (key) do update set name = excluded.name, award_category = excluded.award_category, in_portal = true;

update contribution c set technology_area_key = m.new_key from area_move m where c.technology_area_key = m.old_key;
-- Additional areas: moved, kept in order, without repeats or the primary area.
update contribution c set additional_technology_areas = coalesce((
    select jsonb_agg(k order by first_ord)
    from (select k, min(ord) as first_ord
          from (select coalesce(m.new_key, e.k) as k, e.ord
                from jsonb_array_elements_text(c.additional_technology_areas) with ordinality as e(k, ord)
                left join area_move m on m.old_key = e.k) moved
          where k <> c.technology_area_key
          group by k) distinct_areas), '[]'::jsonb)
where jsonb_array_length(c.additional_technology_areas) > 0;

delete from technology_area a using area_move m where a.key = m.old_key;
update technology_area set in_portal = false where key not in (select key from portal_area);

drop table area_move;
drop table portal_area;
