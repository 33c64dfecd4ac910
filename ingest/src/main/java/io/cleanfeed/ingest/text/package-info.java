/**
 * The text of a parsed page's elements, as jsoup's {@code text()} gives it, read no further than a
 * question needs: the cleaner's rules, the page's facts and the renderer all ask; and what is
 * counted in it to tell a sentence from a label ({@link io.cleanfeed.ingest.text.Words}); and whether one
 * element holds another ({@link io.cleanfeed.ingest.text.Ancestry}).
 */
@NullMarked
package io.cleanfeed.ingest.text;

import org.jspecify.annotations.NullMarked;
