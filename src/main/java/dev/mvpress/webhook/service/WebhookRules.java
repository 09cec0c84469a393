package dev.mvpress.webhook.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.web.InputValidator;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.webhook.WebhookEndpoint;
import dev.mvpress.webhook.WebhookEvents;
import dev.mvpress.webhook.api.WebhookInput;

/** What an endpoint may be: a 400 naming every wrong field (url, events[1], coalesceSeconds ...). */
@ApplicationScoped
public class WebhookRules {

    /** An input with its defaults filled in and its events without repeats. */
    public record Checked(String kind, String url, List<String> events, String description, boolean includeDrafts,
            Integer coalesceSeconds, boolean enabled) {
    }

    private final InputValidator validator;
    private final WebhookTargets targets;

    WebhookRules(InputValidator validator, WebhookTargets targets) {
        this.validator = validator;
        this.targets = targets;
    }

    /** {@code checkTarget}: whether to resolve the URL's host and refuse private addresses (a new or changed URL). */
    public Checked check(WebhookInput input, boolean checkTarget) {
        validator.validate(input);
        List<Problem.FieldError> errors = new ArrayList<>();
        String kind = input.kind() == null ? WebhookEndpoint.WEBHOOK : input.kind();
        if (!kind.equals(WebhookEndpoint.WEBHOOK) && !kind.equals(WebhookEndpoint.DEPLOY_HOOK)) {
            errors.add(new Problem.FieldError("kind", "must be webhook or deploy-hook"));
        }
        String url = input.url().strip();
        if (checkTarget) {
            targets.refusal(url).ifPresent(reason -> errors.add(new Problem.FieldError("url", reason)));
        }
        Set<String> events = new LinkedHashSet<>();
        if (input.events() == null) {
            events.add("*");
        } else if (input.events().isEmpty()) {
            errors.add(new Problem.FieldError("events", "must name at least one event type or pattern, such as *"));
        } else {
            for (int i = 0; i < input.events().size(); i++) {
                String event = input.events().get(i);
                if (event == null || !WebhookEvents.known(event)) {
                    errors.add(new Problem.FieldError("events[" + i + "]", (event == null ? "null" : "'" + event + "'")
                            + " is not an event type or pattern; use one of " + String.join(", ", WebhookEvents.TYPES)
                            + ", or " + String.join(", ", WebhookEvents.PATTERNS)));
                } else {
                    events.add(event);
                }
            }
        }
        Integer coalesce = input.coalesceSeconds();
        if (coalesce != null && !kind.equals(WebhookEndpoint.DEPLOY_HOOK)) {
            errors.add(
                    new Problem.FieldError("coalesceSeconds", "only deploy hooks coalesce events; leave it out for a webhook"));
        } else if (coalesce != null && (coalesce < 0 || coalesce > 3600)) {
            errors.add(new Problem.FieldError("coalesceSeconds", "must be between 0 and 3600, was " + coalesce));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        return new Checked(kind, url, List.copyOf(events), description, Boolean.TRUE.equals(input.includeDrafts()),
                coalesce, !Boolean.FALSE.equals(input.enabled()));
    }
}
