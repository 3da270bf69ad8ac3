package dev.readout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string comes from messages.properties, and every message a template
 * names exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Attributes a person reads or hears; their th: counterparts take the message
	 * instead.
	 */
	private static final List<String> READABLE_ATTRIBUTES = List.of("title", "alt", "aria-label", "placeholder");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[}(]|#messages\\.msg\\('([\\w.]+)'[,)]");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					// Separators such as "·", ",", ";" and brackets are typography, not
					// words.
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						hardCoded.add(TEMPLATES.relativize(template) + ": \"" + text.text().strip() + "\"");
					}
				}
				READABLE_ATTRIBUTES.stream()
					.filter(element::hasAttr)
					.forEach(attribute -> hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
							+ element.attr(attribute) + "\""));
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void everyMessageATemplateNamesExists() throws IOException {
		Properties messages = messages("/messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = (keys.group(1) != null) ? keys.group(1) : keys.group(2);
				if (!messages.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void bothLanguagesHaveEveryMessage() throws IOException {
		Set<Object> english = messages("/messages.properties").keySet();
		Set<Object> chinese = messages("/messages_zh_CN.properties").keySet();
		assertThat(chinese).as("keys of messages_zh_CN.properties").containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void chineseMessagesAreWrittenInChinese() throws IOException {
		Properties english = messages("/messages.properties");
		Properties chinese = messages("/messages_zh_CN.properties");
		// A message that needs no translation: names, patterns of digits and symbols.
		List<String> untranslated = chinese.stringPropertyNames()
			.stream()
			.filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.filter(key -> WORD.matcher(english.getProperty(key).replaceAll("\\{[^}]*}", "")).find())
			.filter(key -> !SAME_IN_BOTH.contains(key))
			.sorted()
			.toList();
		assertThat(untranslated).isEmpty();
	}

	/** An English word of two letters or more. */
	private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");

	/** Messages that read the same in both languages: the product's name. */
	private static final Set<String> SAME_IN_BOTH = Set.of("app.name");

	private static Properties messages(String resource) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

}
