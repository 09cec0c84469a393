package dev.mvpress.contribution.importer;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import dev.mvpress.kernel.AddressPolicy;

/**
 * Where an import may connect: the {@link AddressPolicy} of {@code mvpress.import.allowed-addresses}
 * (http(s) URLs on public addresses, or on the listed ones).
 */
// Created at start-up, so that an allowed address that is not one stops the application at once.
@Startup
@ApplicationScoped
public class SourceAddresses {

    private final AddressPolicy policy;

    SourceAddresses(ImportConfig config) {
        this.policy = new AddressPolicy("mvpress.import.allowed-addresses", config.allowedAddresses().orElse(List.of()));
    }

    public AddressPolicy.Verdict check(URI uri) {
        return policy.check(uri);
    }
}
