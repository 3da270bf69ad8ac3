package dev.readout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

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
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!messages.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

}
