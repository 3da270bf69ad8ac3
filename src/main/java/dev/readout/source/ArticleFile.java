package dev.readout.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article read from a file an analyst uploads: plain text as it is, a web page's
 * readable text with the headline, publisher and date from its own metadata, or an e-mail
 * that forwards it. Markup is parsed by jsoup, never executed; scripts and styles are
 * dropped.
 *
 * @param headline the page's headline, or null
 * @param publisher the site's name, or null
 * @param publishedOn the publication day the page gives, or null
 * @param text the readable text, paragraphs apart
 */
record ArticleFile(String headline, String publisher, LocalDate publishedOn, String text) {

	/**
	 * Reads the file, named with its extension (.txt, .html, .htm or .eml).
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
		if (name.endsWith(".txt")) {
			return new ArticleFile(null, null, null, utf8(content).strip());
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return fromPage(page(content));
		}
		// A message, or a file of another kind, is refused as binary when it is not text.
		utf8(content);
		if (name.endsWith(".eml")) {
			return fromMessage(content);
		}
		throw new Unreadable("source.file.kind");
	}

	/**
	 * An article forwarded as e-mail: its subject as the headline, the sender's name as
	 * the publisher, the day it was sent, and its plain-text part (or else its HTML part,
	 * read as a page).
	 */
	private static ArticleFile fromMessage(byte[] content) throws Unreadable {
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(content));
			String sender = (message.getFrom() != null && message.getFrom().length > 0
					&& message.getFrom()[0] instanceof InternetAddress from) ? from.getPersonal() : null;
			LocalDate sent = (message.getSentDate() != null)
					? message.getSentDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
			String plain = part(message, "text/plain");
			String body = (plain != null) ? plain.strip()
					: Optional.ofNullable(part(message, "text/html"))
						.map(html -> fromPage(Jsoup.parse(html)).text())
						.orElseThrow(() -> new Unreadable("source.file.noText"));
			return new ArticleFile(message.getSubject(), sender, sent, body);
		}
		catch (MessagingException | IOException ex) {
			throw new Unreadable("source.file.notMessage");
		}
	}

	/** The first part of this type, however deep in the message; null without one. */
	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && part.getContent() instanceof String text) {
			return text;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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

	/**
	 * A web page in the encoding it declares (Chinese news sites still declare GB2312 or
	 * GBK), or else in UTF-8, which it must then be.
	 */
	private static Document page(byte[] content) throws Unreadable {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
		}
		catch (IOException ex) {
			throw new Unreadable("source.file.binary");
		}
		if (StandardCharsets.UTF_8.equals(page.charset())) {
			utf8(content);
		}
		else if (page.text().indexOf('\0') >= 0) {
			throw new Unreadable("source.file.binary");
		}
		return page;
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
