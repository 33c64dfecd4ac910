/**
 * Per-site rules: a file keyed by host that adds removal selectors, names the content element or
 * protects elements, for the sites the general rules get wrong. Reloaded while the service runs.
 */
@NullMarked
package io.cleanfeed.ingest.site;

import org.jspecify.annotations.NullMarked;
