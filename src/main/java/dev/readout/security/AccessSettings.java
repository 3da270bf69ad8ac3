package dev.readout.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read.
 *
 * @param publicRead whether anyone may read the record without signing in; false makes
 * every page and the API's reads require sign-in (writing always needs an analyst)
 */
@ConfigurationProperties("readout.security")
record AccessSettings(@DefaultValue("true") boolean publicRead) {
}
