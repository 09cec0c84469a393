package dev.mvpress.devdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode, when no datasource URL is configured, starts the embedded PostgreSQL server with a
 * data directory that survives restarts and points the default datasource at it.
 * <p>
 * Dev mode rebuilds its configuration on every live reload, possibly from another class loader,
 * so the server's URL is remembered in a system property, which is JVM-wide.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevDatabaseConfigSourceFactory.class);
    private static final String STARTED_URL = "mvpress.dev-db.started-url";
    private static final String URL_KEY = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || configured(context, URL_KEY)
                || !"true".equals(valueOr(context, "mvpress.dev-db.enabled", "true"))) {
            return List.of();
        }
        String url = System.getProperty(STARTED_URL);
        if (url == null) {
            url = start(context);
            System.setProperty(STARTED_URL, url);
        }
        return List.of(new PropertiesConfigSource(Map.of(
                URL_KEY, url,
                "quarkus.datasource.username", EmbeddedPostgresLauncher.USER,
                "quarkus.datasource.password", ""), "mvpress-dev-database", 200));
    }

    private static String start(ConfigSourceContext context) {
        int port = Integer.parseInt(valueOr(context, "mvpress.dev-db.port", "54329"));
        Path dir = Path.of(valueOr(context, "mvpress.dev-db.dir", ".dev-db")).toAbsolutePath();
        if (EmbeddedPostgresLauncher.listening(port)) {
            LOG.infof("Reusing the dev PostgreSQL server already listening on 127.0.0.1:%d", port);
        } else {
            long started = System.nanoTime();
            EmbeddedPostgresLauncher.startPersistent(dir, port);
            LOG.infof("Started the embedded dev PostgreSQL server on 127.0.0.1:%d with data in %s (%d ms)",
                    port, dir, (System.nanoTime() - started) / 1_000_000);
        }
        return EmbeddedPostgresLauncher.jdbcUrl(port);
    }

    private static boolean configured(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(200);
    }
}
