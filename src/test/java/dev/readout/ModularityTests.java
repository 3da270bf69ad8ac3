package dev.readout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The features' boundaries, kept: no two modules depend on each other, directly or round
 * a cycle, and the diagrams in {@code docs/modules} are drawn from the code as it is.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(ReadoutApplication.class);

	private static final Path DRAWN = Path.of("target/modulith-docs");

	private static final Path DOCS = Path.of("docs/modules");

	@Test
	void modulesDependOnEachOtherOnlyOneWay() {
		MODULES.verify();
	}

	@Test
	void refusesAnArrowBackUp() {
		ApplicationModules cyclic = ApplicationModules.of("dev.readout.modularity.cycle", location -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(cyclic::verify).withMessageContaining("Cycle");
	}

	/**
	 * Documenter writes the same diagram in a different order from run to run, so a file
	 * in docs/ is only replaced when what it says has changed.
	 */
	@Test
	void keepsTheModuleDiagramsAndCanvasesInDocs() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString())).writeDocumentation();
		Files.createDirectories(DOCS);
		try (Stream<Path> drawn = Files.list(DRAWN)) {
			for (Path file : drawn.toList()) {
				Path kept = DOCS.resolve(file.getFileName());
				if (!Files.exists(kept) || !sameLines(file, kept)) {
					Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		Path picture = DOCS.resolve("components.png");
		if (!Files.exists(picture) || Files.getLastModifiedTime(picture)
			.compareTo(Files.getLastModifiedTime(DOCS.resolve("components.puml"))) < 0) {
			draw(DOCS.resolve("components.puml"), picture);
		}
		assertThat(picture).isNotEmptyFile();
	}

	private static boolean sameLines(Path a, Path b) throws IOException {
		return Files.readAllLines(a)
			.stream()
			.sorted()
			.toList()
			.equals(Files.readAllLines(b).stream().sorted().toList());
	}

	/** Laid out by PlantUML's own Java layout, so drawing needs no Graphviz. */
	private static void draw(Path diagram, Path picture) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		String source = lines.get(0) + "\n!pragma layout smetana\n" + String.join("\n", lines.subList(1, lines.size()));
		try (OutputStream out = Files.newOutputStream(picture)) {
			new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.PNG));
		}
	}

}
