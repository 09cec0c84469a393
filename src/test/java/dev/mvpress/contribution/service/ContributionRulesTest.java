package dev.mvpress.contribution.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.web.Problem.FieldError;

/** What an author may log against the catalogs of types and areas; plain JUnit, no application or database. */
class ContributionRulesTest {

    private static final CatalogService.Catalogs CATALOGS = new CatalogService.Catalogs(
            types(type("speaker-third-party-event", List.of("Author", "Contributor"),
                    List.of("inPersonAttendees", "numberOfSessions")), type("blog", List.of(), List.of("numberOfViews")),
                    microsoftEventType()),
            areas("dotnet", "azure", "developer-tools", "ai", "retired-cloud"));

    @Test
    void aContributionWithinTheCatalogsBreaksNoRule() {
        assertEquals(List.of(), ContributionRules.check(talk("dotnet", List.of("azure", "ai"), "contributor",
                Map.of("inPersonAttendees", 120L)), CATALOGS, null));
    }

    @Test
    void thePrimaryAreaRepeatedAmongTheAdditionalOnesIsRefusedAtItsPosition() {
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[1]", "must not repeat the primary technologyArea")),
                ContributionRules.check(talk("dotnet", List.of("azure", "dotnet"), null, null), CATALOGS, null));
    }

    @Test
    void anAdditionalAreaListedTwiceOrUnknownIsRefusedAtItsPosition() {
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[1]", "'azure' is listed twice")),
                ContributionRules.check(talk("dotnet", List.of("azure", "azure"), null, null), CATALOGS, null));
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[0]",
                "'Zürich-cloud' is not a technology area; see GET /api/technology-areas")),
                ContributionRules.check(talk("dotnet", List.of("Zürich-cloud"), null, null), CATALOGS, null));
    }

    @Test
    void threeAdditionalAreasAreRefusedNamingTheList() {
        ContributionInput input = talk("dotnet", List.of("azure", "ai", "developer-tools"), null, null);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<ContributionInput>> violations = validator.validate(input);
            assertEquals(1, violations.size(), violations.toString());
            ConstraintViolation<ContributionInput> violation = violations.iterator().next();
            assertEquals("additionalTechnologyAreas", violation.getPropertyPath().toString());
            assertEquals("at most 2 additional areas", violation.getMessage());
            assertEquals(List.of(), validator.validate(talk("dotnet", List.of("azure", "ai"), null, null)).stream().toList());
        }
    }

    @Test
    void anUnknownTypeOrAreaNamesWhatIsKnown() {
        ContributionInput input = new ContributionInput("keynote", "Title", null, null, LocalDate.of(2026, 3, 14), null,
                null, "cobol", List.of(), List.of(TargetAudience.DEVELOPER), null, null, null, null, null, null, null, null);
        assertEquals(
                List.of(new FieldError("type",
                        "'keynote' is not one of speaker-third-party-event, blog, speaker-microsoft-event"),
                        new FieldError("technologyArea", "'cobol' is not a technology area; see GET /api/technology-areas")),
                ContributionRules.check(input, CATALOGS, null));
    }

    @Test
    void aRoleOrMetricTheTypeDoesNotAllowIsRefusedListingTheAllowedOnes() {
        assertEquals(
                List.of(new FieldError("role", "'host' is not one of author, contributor for type speaker-third-party-event"),
                        new FieldError("metrics.numberOfViews",
                                "is not a count of type speaker-third-party-event; allowed: inPersonAttendees, numberOfSessions")),
                ContributionRules.check(talk("dotnet", List.of(), "host", Map.of("numberOfViews", 3L)), CATALOGS, null));
        ContributionInput post = new ContributionInput("blog", "Title", null, null, LocalDate.of(2026, 3, 14), null, null,
                "azure", null, List.of(TargetAudience.DEVELOPER), "author", null, null, Map.of("numberOfViews", 10L), null,
                null, null, null);
        assertEquals(List.of(new FieldError("role", "type blog has no roles")), ContributionRules.check(post, CATALOGS, null));
    }

    @Test
    void anAudienceTwiceOrAnEndBeforeTheStartIsRefused() {
        ContributionInput input = new ContributionInput("speaker-third-party-event", "Title", null, null,
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 13), null, "dotnet", null,
                List.of(TargetAudience.DEVELOPER, TargetAudience.STUDENT, TargetAudience.DEVELOPER), null, null, null, null,
                null, null, null, null);
        assertEquals(List.of(new FieldError("targetAudiences", "lists an audience twice"),
                new FieldError("endDate", "must not be before date (2026-03-14)")),
                ContributionRules.check(input, CATALOGS, null));
    }

    @Test
    void theRoleDefaultsToTheTypesFirstRole() {
        ContributionType speaking = CATALOGS.types().get("speaker-third-party-event");
        assertEquals("author", ContributionRules.role(talk("dotnet", null, null, null), speaking));
        assertEquals("author", ContributionRules.role(talk("dotnet", null, " ", null), speaking));
        assertEquals("contributor", ContributionRules.role(talk("dotnet", null, "contributor", null), speaking));
        assertEquals("contributor", ContributionRules.role(talk("dotnet", null, "Contributor", null), speaking),
                "the portal's name of a role is stored as its key");
        assertNull(ContributionRules.role(talk("dotnet", null, null, null), CATALOGS.types().get("blog")));
    }

    private static ContributionInput talk(String area, List<String> additional, String role, Map<String, Long> metrics) {
        return new ContributionInput("speaker-third-party-event", "Minimal APIs in .NET 9 — Köln", "A talk", null,
                LocalDate.of(2026, 3, 14), null, "https://sessionize.com/s/me/minimal-apis", area, additional,
                List.of(TargetAudience.DEVELOPER), role, 1, 120, metrics, null, null, false, null);
    }

    private static ContributionInput microsoftTalk(String event, String other) {
        return new ContributionInput("speaker-microsoft-event", "Keynote demo", "A demo", null, LocalDate.of(2026, 5, 19),
                null, "https://build.microsoft.com/sessions/1", "dotnet", null, List.of(TargetAudience.DEVELOPER), null, 1,
                0, Map.of(), event, other, false, null);
    }

    private static ContributionType microsoftEventType() {
        ContributionType type = type("speaker-microsoft-event", List.of("Author", "Contributor"), List.of("numberOfSessions"));
        type.microsoftEvents = List.of("MVP Summit", "Build", "Ignite", "Other");
        return type;
    }

    @Test
    void aNameThePortalDroppedIsRefusedOnNewEntriesButKeptWhereAnEntryAlreadyHasIt() {
        ContributionInput input = talk("retired-cloud", List.of(), "panelist", Map.of("numberOfViews", 5L));
        assertEquals(List.of(
                new FieldError("technologyArea",
                        "the MVP portal no longer has 'Retired Cloud'; pick an area of GET /api/technology-areas"),
                new FieldError("role", "'panelist' is not one of author, contributor for type speaker-third-party-event"),
                new FieldError("metrics.numberOfViews",
                        "is not a count of type speaker-third-party-event; allowed: inPersonAttendees, numberOfSessions")),
                ContributionRules.check(input, CATALOGS, null));
        Contribution migrated = new Contribution();
        migrated.type = "speaker-third-party-event";
        migrated.technologyArea = "retired-cloud";
        migrated.role = "panelist";
        migrated.metrics = new LinkedHashMap<>(Map.of("numberOfViews", 5L));
        assertEquals(List.of(), ContributionRules.check(input, CATALOGS, migrated), "editing another field keeps them");
        assertEquals(List.of(new FieldError("metrics.numberOfViews",
                "is not a count of type speaker-third-party-event; allowed: inPersonAttendees, numberOfSessions")),
                ContributionRules.check(talk("retired-cloud", List.of(), "panelist", Map.of("numberOfViews", 6L)), CATALOGS,
                        migrated),
                "a changed value of a dropped count is new");
    }

    @Test
    void theMicrosoftEventIsOneTheFormOffersAndItsOtherNameOnlyForOther() {
        ContributionType type = CATALOGS.types().get("speaker-microsoft-event");
        assertEquals(List.of(), ContributionRules.check(microsoftTalk("ignite", null), CATALOGS, null));
        assertEquals("Ignite", ContributionRules.microsoftEvent(microsoftTalk("ignite", null), type));
        assertEquals(List.of(), ContributionRules.check(microsoftTalk("Other", "AI Tour Zürich"), CATALOGS, null));
        assertEquals(List.of(new FieldError("microsoftEvent", "'Dreamforce' is not one of MVP Summit, Build, Ignite, Other")),
                ContributionRules.check(microsoftTalk("Dreamforce", null), CATALOGS, null));
        assertEquals(List.of(new FieldError("microsoftEventOther", "only when microsoftEvent is Other")),
                ContributionRules.check(microsoftTalk("Build", "AI Tour"), CATALOGS, null));
        ContributionInput thirdParty = new ContributionInput("speaker-third-party-event", "Talk", null, null,
                LocalDate.of(2026, 3, 14), null, null, "dotnet", null, List.of(TargetAudience.DEVELOPER), null, null, null,
                null, "Build", null, null, null);
        assertEquals(List.of(new FieldError("microsoftEvent",
                "only for a type with Microsoft events (speaker-microsoft-event), not for speaker-third-party-event")),
                ContributionRules.check(thirdParty, CATALOGS, null));
    }

    private static ContributionType type(String key, List<String> roles, List<String> metrics) {
        ContributionType type = new ContributionType();
        type.key = key;
        type.roles = roles;
        type.metrics = metrics;
        return type;
    }

    private static Map<String, ContributionType> types(ContributionType... types) {
        Map<String, ContributionType> byKey = new LinkedHashMap<>();
        for (ContributionType type : types) {
            byKey.put(type.key, type);
        }
        return byKey;
    }

    private static Map<String, TechnologyArea> areas(String... keys) {
        Map<String, TechnologyArea> byKey = new LinkedHashMap<>();
        for (String key : keys) {
            TechnologyArea area = new TechnologyArea();
            area.key = key;
            if (key.equals("retired-cloud")) {
                area.name = "Retired Cloud";
                area.inPortal = false;
            }
            byKey.put(key, area);
        }
        return byKey;
    }
}
