package dev.mvpress.site.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.post.api.PostView;

/**
 * The author's public profile page in one response: who they are, what they have done, and structured data
 * for search engines. Always what an anonymous reader may see, whoever asks: drafts, scheduled posts, private
 * contributions and contributions about unpublished posts are never in it, not even in its counts.
 */
@RegisterForReflection
@Schema(name = "Profile")
public record ProfileView(
        SiteAuthor author,
        @Schema(description = "The site the profile belongs to") ProfileSite site,
        ProfileCounts counts,
        @Schema(description = "The newest published posts, at most 5, as post lists show them (without markdown and"
                + " html)") List<PostView> recentPosts,
        @Schema(description = "The newest public contributions by date, at most 10") List<ContributionView> recentContributions,
        @Schema(type = SchemaType.OBJECT, description = "schema.org Person as JSON-LD (@context, @type, name,"
                + " description, image, url, sameAs), for a script element of type application/ld+json; escape each"
                + " less-than sign as \\u003c when serializing it into the page") Map<String, Object> jsonLd) {

    /** What the profile page needs of the site to render its frame. */
    @RegisterForReflection
    @Schema(name = "ProfileSite")
    public record ProfileSite(
            @Schema(examples = "Zoë's notes") String title,
            @Schema(nullable = true, examples = ".NET, Azure and community work, from Lisbon") String description,
            @Schema(examples = "de-CH") String language,
            @Schema(examples = "https://example.com") String url) {
    }

    /** What the author has published, as anyone may count it. */
    @RegisterForReflection
    @Schema(name = "ProfileCounts")
    public record ProfileCounts(
            @Schema(description = "Published posts", examples = "42") long posts,
            @Schema(description = "Public contributions", examples = "57") long contributions,
            @Schema(description = "Public contributions by type, most first") List<TypeCount> contributionsByType) {
    }

    /** The public contributions of one type. */
    @RegisterForReflection
    @Schema(name = "ProfileTypeCount")
    public record TypeCount(
            @Schema(description = "A key of GET /api/contribution-types", examples = "speaker-third-party-event") String type,
            @Schema(description = "The type's name in the MVP portal",
                    examples = "Speaker/Presenter at Third-party Event") String name,
            @Schema(examples = "12") long count) {
    }
}
