package dev.readout.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is kept between requests.
 *
 * @param whileRecordUnchanged keep the timeline pages anonymous readers get, search
 * results and summary PDFs until the record changes (every change through Readout is
 * audited, which tells the caches; changes made directly in the database show within a
 * minute)
 */
@ConfigurationProperties("readout.cache")
public record CacheSettings(@DefaultValue("true") boolean whileRecordUnchanged) {

	/** The property, for conditions that decide whether a bean exists at all. */
	public static final String WHILE_RECORD_UNCHANGED = "readout.cache.while-record-unchanged";

}
