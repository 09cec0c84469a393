package dev.mvpress.content;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * V13 gives the posts stored before it a table of contents read off their html in SQL; it must be the one the
 * renderer gives a new write of the same body (levels, ids, text with inline markup and entities).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class TocBackfillTest {

    @Inject
    EntityManager em;

    @Test
    void theMigrationsTableOfContentsIsTheRenderers() throws Exception {
        String id = unique();
        String markdown = """
                # Über *Zürich* & 東京

                Intro with <b>html</b>.

                ## Why `dotnet` & "Azure" <maybe>?

                ### It's a [link](https://example.com) and **bold**

                ```bash
                # not a heading
                ```

                ## Why `dotnet` & "Azure" <maybe>?

                ###### Deep   spaced    heading
                """;
        String slug = author().contentType(ContentType.JSON)
                .body(Map.of("title", "Backfill " + id, "markdown", markdown)).post("/api/posts").then().statusCode(201)
                .extract().path("slug");
        UUID postId = UUID.fromString(author().get("/api/posts/" + slug).then().extract().path("id"));
        List<Map<String, Object>> written = author().get("/api/posts/" + slug).then().extract().path("toc");
        assertEquals(5, written.size(), written.toString());

        String migration = Files.readString(Path.of("src/main/resources/db/migration/V13__content_model.sql"));
        int start = migration.indexOf("update post p set toc");
        int end = migration.indexOf("'[]'::jsonb);", start) + "'[]'::jsonb)".length();
        assertTrue(start > 0 && end > start, "V13 holds the backfill");
        String backfill = migration.substring(start, end) + " where p.id = :id";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update post set toc = null where id = :id").setParameter("id", postId).executeUpdate();
            em.createNativeQuery(backfill).setParameter("id", postId).executeUpdate();
        });
        List<Map<String, Object>> migrated = author().get("/api/posts/" + slug).then().extract().path("toc");
        assertEquals(written, migrated);
    }
}
