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

import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.web.Problem.FieldError;

/** What an author may log against the catalogs of types and areas; plain JUnit, no application or database. */
class ContributionRulesTest {

    private static final CatalogService.Catalogs CATALOGS = new CatalogService.Catalogs(
            types(type("speaker-third-party-event", List.of("speaker", "panelist"), List.of("inPersonAttendees", "sessions")),
                    type("blog", List.of(), List.of("views"))),
            areas("dotnet", "azure", "developer-tools", "ai"));

    @Test
    void aContributionWithinTheCatalogsBreaksNoRule() {
        assertEquals(List.of(), ContributionRules.check(talk("dotnet", List.of("azure", "ai"), "panelist",
                Map.of("inPersonAttendees", 120L)), CATALOGS));
    }

    @Test
    void thePrimaryAreaRepeatedAmongTheAdditionalOnesIsRefusedAtItsPosition() {
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[1]", "must not repeat the primary technologyArea")),
                ContributionRules.check(talk("dotnet", List.of("azure", "dotnet"), null, null), CATALOGS));
    }

    @Test
    void anAdditionalAreaListedTwiceOrUnknownIsRefusedAtItsPosition() {
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[1]", "'azure' is listed twice")),
                ContributionRules.check(talk("dotnet", List.of("azure", "azure"), null, null), CATALOGS));
        assertEquals(List.of(new FieldError("additionalTechnologyAreas[0]",
                "'Zürich-cloud' is not a technology area; see GET /api/technology-areas")),
                ContributionRules.check(talk("dotnet", List.of("Zürich-cloud"), null, null), CATALOGS));
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
                null, "cobol", List.of(), List.of(TargetAudience.DEVELOPER), null, null, null, null, null, null);
        assertEquals(List.of(new FieldError("type", "'keynote' is not one of speaker-third-party-event, blog"),
                new FieldError("technologyArea", "'cobol' is not a technology area; see GET /api/technology-areas")),
                ContributionRules.check(input, CATALOGS));
    }

    @Test
    void aRoleOrMetricTheTypeDoesNotAllowIsRefusedListingTheAllowedOnes() {
        assertEquals(
                List.of(new FieldError("role", "'host' is not one of speaker, panelist for type speaker-third-party-event"),
                        new FieldError("metrics.views",
                                "is not reported for type speaker-third-party-event; allowed: inPersonAttendees, sessions")),
                ContributionRules.check(talk("dotnet", List.of(), "host", Map.of("views", 3L)), CATALOGS));
        ContributionInput post = new ContributionInput("blog", "Title", null, null, LocalDate.of(2026, 3, 14), null, null,
                "azure", null, List.of(TargetAudience.DEVELOPER), "author", null, null, Map.of("views", 10L), null, null);
        assertEquals(List.of(new FieldError("role", "type blog has no roles")), ContributionRules.check(post, CATALOGS));
    }

    @Test
    void anAudienceTwiceOrAnEndBeforeTheStartIsRefused() {
        ContributionInput input = new ContributionInput("speaker-third-party-event", "Title", null, null,
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 13), null, "dotnet", null,
                List.of(TargetAudience.DEVELOPER, TargetAudience.STUDENT, TargetAudience.DEVELOPER), null, null, null, null,
                null,
                null);
        assertEquals(List.of(new FieldError("targetAudiences", "lists an audience twice"),
                new FieldError("endDate", "must not be before date (2026-03-14)")), ContributionRules.check(input, CATALOGS));
    }

    @Test
    void theRoleDefaultsToTheTypesFirstRole() {
        ContributionType speaking = CATALOGS.types().get("speaker-third-party-event");
        assertEquals("speaker", ContributionRules.role(talk("dotnet", null, null, null), speaking));
        assertEquals("speaker", ContributionRules.role(talk("dotnet", null, " ", null), speaking));
        assertEquals("panelist", ContributionRules.role(talk("dotnet", null, "panelist", null), speaking));
        assertNull(ContributionRules.role(talk("dotnet", null, null, null), CATALOGS.types().get("blog")));
    }

    private static ContributionInput talk(String area, List<String> additional, String role, Map<String, Long> metrics) {
        return new ContributionInput("speaker-third-party-event", "Minimal APIs in .NET 9 — Köln", "A talk", null,
                LocalDate.of(2026, 3, 14), null, "https://sessionize.com/s/me/minimal-apis", area, additional,
                List.of(TargetAudience.DEVELOPER), role, 1, 120, metrics, false, null);
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
            byKey.put(key, area);
        }
        return byKey;
    }
}
