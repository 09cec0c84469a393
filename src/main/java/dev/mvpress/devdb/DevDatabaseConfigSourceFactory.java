package dev.mvpress.devdb;

import java.lang.reflect.InvocationTargetException;
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
 * Quarkus instantiates config source factories from generated code in every profile, so this class
 * ships in the packaged application; it acts only in dev mode and reaches the launcher (which uses
 * the provided-scope zonky library and is left out of the package) by name.
 * Dev mode rebuilds its configuration on every live reload, possibly from another class loader,
 * so the server's URL is remembered in a JVM-wide system property.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevDatabaseConfigSourceFactory.class);
    private static final String STARTED_URL = "mvpressdevdb.started-url";
    private static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final String LAUNCHER = "dev.mvpress.devdb.EmbeddedPostgresLauncher";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || configured(context, URL_KEY)
                || !"true".equals(valueOr(context, "mvpress.dev-db.enabled", "true"))) {
            return List.of();
        }
        String url = System.getProperty(STARTED_URL);
        if (url == null) {
            url = start(context);
            if (url == null) {
                return List.of();
            }
            System.setProperty(STARTED_URL, url);
        }
        return List.of(new PropertiesConfigSource(Map.of(
                URL_KEY, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", ""), "mvpress-dev-database", 200));
    }

    private static String start(ConfigSourceContext context) {
        int port = Integer.parseInt(valueOr(context, "mvpress.dev-db.port", "54329"));
        Path dir = Path.of(valueOr(context, "mvpress.dev-db.dir", ".dev-db")).toAbsolutePath();
        try {
            Class<?> launcher = Class.forName(LAUNCHER, true, DevDatabaseConfigSourceFactory.class.getClassLoader());
            return (String) launcher.getMethod("startForDev", Path.class, int.class).invoke(null, dir, port);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            LOG.warn("The embedded dev PostgreSQL is not on the class path; set QUARKUS_DATASOURCE_JDBC_URL");
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not start the embedded dev PostgreSQL server in " + dir
                    + " on port " + port + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start the embedded dev PostgreSQL server", e);
        }
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
