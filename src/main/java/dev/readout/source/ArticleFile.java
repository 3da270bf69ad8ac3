package dev.readout.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article read from a file an analyst uploads: plain text as it is, or a web page's
 * readable text with the headline, publisher and date from its own metadata. Markup is
 * parsed by jsoup, never executed; scripts and styles are dropped.
 *
 * @param headline the page's headline, or null
 * @param publisher the site's name, or null
 * @param publishedOn the publication day the page gives, or null
 * @param text the readable text, paragraphs apart
 */
record ArticleFile(String headline, String publisher, LocalDate publishedOn, String text) {

	/**
	 * Reads the file, named with its extension (.txt, .html or .htm).
	 * @throws Unreadable when it is empty, too large, not text, or of another kind
	 */
	static ArticleFile read(String filename, byte[] content) throws Unreadable {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		if (content.length == 0) {
			throw new Unreadable("source.file.empty");
		}
		if (content.length > SourceForm.MAX_TEXT_BYTES) {
			throw new Unreadable("source.file.tooLarge");
		}
		String decoded = utf8(content);
		if (name.endsWith(".txt")) {
			return new ArticleFile(null, null, null, decoded.strip());
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return fromPage(Jsoup.parse(decoded));
		}
		throw new Unreadable("source.file.kind");
	}

	private static ArticleFile fromPage(Document page) {
		page.select("script, style, noscript, nav, header, footer, aside, form").remove();
		Element body = Optional.ofNullable(page.selectFirst("article")).orElse(page.body());
		String text = body.select("h1, h2, h3, p, li, blockquote")
			.stream()
			.map(Element::text)
			.filter(paragraph -> !paragraph.isBlank())
			.collect(Collectors.joining("\n\n"));
		String headline = meta(page, "og:title").orElseGet(() -> page.title().isBlank() ? null : page.title().strip());
		return new ArticleFile(headline, meta(page, "og:site_name").orElse(null),
				meta(page, "article:published_time").flatMap(ArticleFile::day).orElse(null),
				text.isBlank() ? body.text() : text);
	}

	private static Optional<String> meta(Document page, String property) {
		return Optional.ofNullable(page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]"))
			.map(meta -> meta.attr("content").strip())
			.filter(content -> !content.isEmpty());
	}

	private static Optional<LocalDate> day(String timestamp) {
		try {
			return Optional.of((timestamp.length() == 10) ? LocalDate.parse(timestamp)
					: OffsetDateTime.parse(timestamp).toLocalDate());
		}
		catch (DateTimeParseException ex) {
			// A date the page writes its own way is left for the analyst to type.
			return Optional.empty();
		}
	}

	/** The content as UTF-8 text; a file that is not is refused rather than garbled. */
	private static String utf8(byte[] content) throws Unreadable {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new Unreadable("source.file.binary");
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("source.file.binary");
		}
	}

	/** Why a file cannot be read as an article, as a message key. */
	static final class Unreadable extends Exception {

		private final String reason;

		Unreadable(String reason) {
			super(reason);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
