package dev.readout.historian;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.readout.historian.HistorianEntry.Kind;

/**
 * Reads the Office of the Historian's travel files ({@code <trips>}) and visit files
 * ({@code <visits>}), on their own or in a zip. A file that is neither, or that breaks
 * their schema, is refused with its line and the reason, so nothing is half-read.
 */
final class HistorianFiles {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		// The files have no DTD; one in an uploaded file is refused rather than read.
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private HistorianFiles() {
	}

	/** The trips and visits of one uploaded file, or of every XML file in a zip. */
	static List<HistorianEntry> read(String fileName, InputStream content) throws IOException {
		InputStream in = new BufferedInputStream(content);
		in.mark(ZIP_MAGIC.length);
		byte[] head = in.readNBytes(ZIP_MAGIC.length);
		in.reset();
		if (!Arrays.equals(head, ZIP_MAGIC)) {
			return readXml(fileName, in);
		}
		List<HistorianEntry> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory() && entry.getName().endsWith(".xml") && isRecordFile(entry.getName())) {
					entries.addAll(readXml(entry.getName(), zip));
				}
			}
		}
		return entries;
	}

	/**
	 * A zip of the Historian's repository also holds schemas and code tables; those are
	 * not records.
	 */
	private static boolean isRecordFile(String path) {
		return !path.contains("code-tables/") && !path.contains("schema/");
	}

	private static List<HistorianEntry> readXml(String fileName, InputStream in) {
		XMLStreamReader xml = null;
		try {
			xml = XML.createXMLStreamReader(in);
			xml.nextTag();
			Kind kind = switch (xml.getLocalName()) {
				case "trips" -> Kind.TRIP;
				case "visits" -> Kind.VISIT;
				default -> throw new UnreadableHistorianFile(fileName, xml.getLocation().getLineNumber(),
						"historian.file.notRecords", xml.getLocalName());
			};
			String element = (kind == Kind.TRIP) ? "trip" : "visit";
			List<HistorianEntry> entries = new ArrayList<>();
			while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
				if (!element.equals(xml.getLocalName())) {
					throw new UnreadableHistorianFile(fileName, xml.getLocation().getLineNumber(),
							"historian.file.unexpected", xml.getLocalName());
				}
				entries.add(readEntry(fileName, kind, xml));
			}
			return entries;
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			throw new UnreadableHistorianFile(fileName, line, "historian.file.notXml", ex.getMessage());
		}
		finally {
			close(xml);
		}
	}

	private static HistorianEntry readEntry(String fileName, Kind kind, XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		fields.put("@who", xml.getAttributeValue(null, "who"));
		Fields read = new Fields(fileName, xml.getLocation().getLineNumber(), fields);
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			String name = xml.getLocalName();
			if ("country".equals(name) || "from".equals(name)) {
				fields.put(name + "@id", xml.getAttributeValue(null, "id"));
			}
			// The visit's description may hold <em> words: their text is kept, the
			// emphasis is not.
			fields.put(name, elementText(xml));
		}
		LocalDate start = read.date("start-date");
		LocalDate end = read.date("end-date");
		if (end.isBefore(start)) {
			throw new UnreadableHistorianFile(fileName, read.line(), "historian.file.endBeforeStart", "end-date");
		}
		return switch (kind) {
			case TRIP -> new HistorianEntry(kind, read.number("id"), read.required("role"), read.required("@who"),
					read.required("name"), start, end, read.required("country@id"), read.required("country"),
					read.required("locale"), read.required("remarks"), read.required("created-by"),
					read.required("created-datetime"), read.required("last-modified-by"), read.lastModified());
			case VISIT -> new HistorianEntry(kind, read.number("id"), null, null, read.required("visitor"), start, end,
					read.required("from@id"), read.required("from"), null, read.required("description"),
					read.required("created-by"), read.required("created-datetime"), read.required("last-modified-by"),
					read.lastModified());
		};
	}

	private static String elementText(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			switch (xml.next()) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					text.append(xml.getText());
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static void close(XMLStreamReader xml) {
		if (xml == null) {
			return;
		}
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			// Closing releases the parser only; the stream belongs to the caller.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The child elements of one trip or visit, each refused with the record's line when
	 * missing or wrong.
	 */
	private record Fields(String fileName, int line, Map<String, String> values) {

		/**
		 * An element the schema requires, which may be empty (a trip's locale or remarks
		 * can be).
		 */
		String required(String name) {
			String value = this.values.get(name);
			if (value == null) {
				throw new UnreadableHistorianFile(this.fileName, this.line, "historian.file.missing", name);
			}
			return value.strip();
		}

		/**
		 * When the record was last changed. The Historian leaves it empty for a record
		 * never changed, which its own schema refuses: it was last changed when created.
		 */
		String lastModified() {
			String value = this.values.get("last-modified-datetime");
			return (value == null || value.isBlank()) ? required("created-datetime") : value.strip();
		}

		int number(String name) {
			try {
				return Integer.parseInt(required(name));
			}
			catch (NumberFormatException ex) {
				throw new UnreadableHistorianFile(this.fileName, this.line, "historian.file.notNumber", name);
			}
		}

		LocalDate date(String name) {
			try {
				return LocalDate.parse(required(name));
			}
			catch (DateTimeParseException ex) {
				throw new UnreadableHistorianFile(this.fileName, this.line, "historian.file.notDate", name);
			}
		}

	}

}
