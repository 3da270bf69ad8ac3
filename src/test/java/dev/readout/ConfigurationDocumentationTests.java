package dev.readout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table is the documentation of Readout's own settings: every
 * setting the configuration processor finds in the settings records has a row there, with
 * its description and its default.
 */
class ConfigurationDocumentationTests {

	@Test
	void everyReadoutSettingHasItsRowInTheReadme() throws IOException {
		List<String> table = Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter(line -> line.startsWith("| `READOUT_"))
			.toList();
		List<JsonNode> settings = settings();
		assertThat(settings).hasSizeGreaterThanOrEqualTo(4);
		for (JsonNode setting : settings) {
			String name = setting.get("name").asString();
			assertThat(table).as(name)
				.anySatisfy(row -> assertThat(row).contains("`" + name + "`")
					.contains(setting.get("description").asString())
					.contains(setting.has("defaultValue") ? "`" + setting.get("defaultValue").asString() + "`" : ""));
		}
		assertThat(table).hasSameSizeAs(settings);
	}

	private static List<JsonNode> settings() throws IOException {
		try (InputStream metadata = ConfigurationDocumentationTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode properties = JsonMapper.builder().build().readTree(metadata).get("properties");
			return properties.valueStream().filter(p -> p.get("name").asString().startsWith("readout.")).toList();
		}
	}

}
