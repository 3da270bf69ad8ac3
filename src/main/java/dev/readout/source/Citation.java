package dev.readout.source;

import java.util.List;

/**
 * A numbered entry in a page's source list: the source that counts, and the copies of it
 * that were also cited.
 */
public record Citation(int number, Source source, List<Source> copies) {

}
