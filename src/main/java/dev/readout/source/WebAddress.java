package dev.readout.source;

import java.util.Locale;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.InvalidUrlException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A web address as compared with the others on record: two addresses of one article are
 * one source whatever their scheme and host case, "www.", trailing slash, fragment or
 * tracking parameters.
 */
final class WebAddress {

	/** Parameters that say who shared a link, not which article it is. */
	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
			"igshid", "yclid", "_ga", "ref_src", "cmpid");

	private WebAddress() {
	}

	/**
	 * The address reduced to what names the article, e.g.
	 * {@code https://WWW.Example.org/news/story/?utm_source=x#top} to
	 * {@code example.org/news/story}; null for none.
	 */
	static String key(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		UriComponents uri;
		try {
			uri = UriComponentsBuilder.fromUriString(address.strip()).build();
		}
		catch (InvalidUrlException ex) {
			// Not an address a browser would follow: compared as written.
			return address.strip();
		}
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		host = host.startsWith("www.") ? host.substring(4) : host;
		String path = (uri.getPath() != null) ? uri.getPath().replaceAll("/+$", "") : "";
		MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
		uri.getQueryParams().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.startsWith("utm_") && !TRACKING.contains(lower)) {
				kept.put(name, values);
			}
		});
		return UriComponentsBuilder.newInstance()
			.host(host)
			.port(uri.getPort())
			.path(path)
			.queryParams(kept)
			.build()
			.toUriString()
			.replaceFirst("^//", "");
	}

}
