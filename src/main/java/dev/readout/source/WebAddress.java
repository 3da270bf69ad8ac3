package dev.readout.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.InvalidUrlException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A web address as compared with the others on record: two addresses of one article are
 * one source whatever their scheme and host case, "www.", the scheme's own port, trailing
 * slash, fragment, tracking parameters, the order of parameters, or how Chinese in them
 * is encoded.
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
		// The schemes' own ports name no other server.
		int port = (uri.getPort() == 80 || uri.getPort() == 443) ? -1 : uri.getPort();
		String path = (uri.getPath() != null) ? decoded(uri.getPath()).replaceAll("/+$", "") : "";
		// Parameters in the order of their names, as sites write them in any order.
		MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
		new TreeMap<>(uri.getQueryParams()).forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.startsWith("utm_") && !TRACKING.contains(lower)) {
				kept.put(decoded(name), values.stream().map(WebAddress::decoded).toList());
			}
		});
		return UriComponentsBuilder.newInstance()
			.host(host)
			.port(port)
			.path(path)
			.queryParams(kept)
			.build()
			.toUriString()
			.replaceFirst("^//", "");
	}

	/**
	 * Chinese in an address as it reads, whether a browser copied it percent-encoded (in
	 * either case of hex digits) or as typed; an encoding that decodes to nothing stays
	 * as written.
	 */
	private static String decoded(String part) {
		if (part == null) {
			return null;
		}
		try {
			return UriUtils.decode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return part;
		}
	}

}
