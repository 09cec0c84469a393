package dev.mvpress.post.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A post's history, newest first. */
@RegisterForReflection
@Schema(name = "PostRevisionList")
public record PostRevisionList(List<PostRevisionSummary> items) {
}
