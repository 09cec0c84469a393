package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.mvpress.kernel.Page;

/** For the OpenAPI document: the list envelope with contribution items. */
@Schema(name = "ContributionPage")
public record ContributionPage(List<ContributionView> items, Page.PageInfo page) {
}
