package dev.mvpress.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

import org.junit.jupiter.api.Test;

import dev.mvpress.support.Declarations;
import dev.mvpress.support.Declarations.Declared;

/**
 * Who may call what is declared on each resource method, once: the bearer filter enforces the
 * declaration and the OpenAPI document is generated from it. A method that declares nothing would be
 * admin-only at run time and fail the build of the document; this names it first. Starts no Quarkus.
 */
class AccessDeclarationTest {

    @Test
    void everyResourceMethodDeclaresItsAccessExactlyOnce() {
        List<Declared> methods = Declarations.resourceMethods();
        assertTrue(Declarations.resourceClasses().size() >= 8, "resource classes found: " + Declarations.resourceClasses());
        assertTrue(methods.size() >= 40, "only " + methods.size() + " resource methods found");
        for (Declared method : methods) {
            assertTrue(method.rule().isPresent(),
                    method.where() + " declares no access (or both): add @Access(Scope...) or @PublicRead");
        }
    }

    @Test
    void onlyReadsArePublicAndEveryWriteNamesTheScopeOfWhatItChanges() {
        for (Declared method : Declarations.resourceMethods()) {
            AccessRule rule = method.rule().orElseThrow();
            if (!method.verb().equals("GET")) {
                assertFalse(rule.isPublic(), method.where() + " is a write and must name a scope");
            }
        }
    }

    @Test
    void aDeclarationIsReadTheWayTheFilterReadsIt() throws Exception {
        assertEquals(Optional.of(AccessRule.PUBLIC), rule("read"));
        assertEquals(Optional.of(new AccessRule(List.of(Scope.POSTS_WRITE, Scope.DRAFTS_READ))), rule("restore"));
        assertEquals(Optional.empty(), rule("undeclared"));
        assertEquals(Optional.empty(), rule("both"), "two declarations are none");
        assertEquals(Optional.empty(), rule("noScope"), "@Access({}) would be a public write in disguise");
        assertEquals(List.of(Scope.ADMIN), AccessRule.UNDECLARED.scopes(), "what declares nothing is admin-only");
        assertEquals(Optional.of(new AccessRule(List.of(), List.of(Scope.DRAFTS_READ, Scope.POSTS_WRITE))), rule("either"));
        assertEquals(Optional.empty(), rule("eitherOfOne"), "anyOf with one scope is a misleading way to say it");
    }

    @Test
    void eitherOfTwoScopesIsEnoughAndARefusalNamesBoth() {
        AccessRule either = new AccessRule(List.of(), List.of(Scope.DRAFTS_READ, Scope.POSTS_WRITE));
        assertFalse(either.isPublic());
        assertEquals(Optional.empty(), either.lacking(Scope.DRAFTS_READ::equals));
        assertEquals(Optional.empty(), either.lacking(Scope.POSTS_WRITE::equals));
        assertEquals(Optional.of("one of the scopes drafts:read or posts:write"),
                either.lacking(Scope.CONTRIBUTIONS_WRITE::equals));
        assertEquals("drafts:read or posts:write", either.describe());
        AccessRule both = new AccessRule(List.of(Scope.ADMIN), List.of(Scope.DRAFTS_READ, Scope.POSTS_WRITE));
        assertEquals(Optional.of("the scope admin and one of the scopes drafts:read or posts:write"),
                both.lacking(scope -> false));
        assertEquals("admin and one of drafts:read or posts:write", both.describe());
        assertEquals(Optional.of("the scope admin"), both.lacking(Scope.POSTS_WRITE::equals));
    }

    private static Optional<AccessRule> rule(String method) throws NoSuchMethodException {
        return AccessRule.of(Fixture.class.getDeclaredMethod(method).getAnnotations());
    }

    @SuppressWarnings("unused")
    private static final class Fixture {

        @GET
        @PublicRead
        void read() {
        }

        @POST
        @Access({Scope.POSTS_WRITE, Scope.DRAFTS_READ})
        void restore() {
        }

        @POST
        void undeclared() {
        }

        @GET
        @PublicRead
        @Access(Scope.DRAFTS_READ)
        void both() {
        }

        @POST
        @Access({})
        void noScope() {
        }

        @POST
        @Access(anyOf = {Scope.DRAFTS_READ, Scope.POSTS_WRITE})
        void either() {
        }

        @POST
        @Access(anyOf = Scope.DRAFTS_READ)
        void eitherOfOne() {
        }
    }
}
