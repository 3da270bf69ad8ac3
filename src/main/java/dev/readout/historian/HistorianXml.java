package dev.readout.historian;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.readout.historian.HistorianEntry.Kind;

/**
 * Writes trips and visits in the Office of the Historian's own format ({@code <trips>},
 * {@code <visits>}), element for element as its schemas order them, so that what Readout
 * imported goes back out as it came in.
 */
final class HistorianXml {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private HistorianXml() {
	}

	static void write(Kind kind, List<HistorianEntry> entries, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement((kind == Kind.TRIP) ? "trips" : "visits");
		for (HistorianEntry entry : entries) {
			xml.writeCharacters("\n    ");
			if (kind == Kind.TRIP) {
				writeTrip(xml, entry);
			}
			else {
				writeVisit(xml, entry);
			}
		}
		xml.writeCharacters("\n");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.close();
	}

	private static void writeTrip(XMLStreamWriter xml, HistorianEntry trip) throws XMLStreamException {
		xml.writeStartElement("trip");
		xml.writeAttribute("role", trip.travellerRole());
		xml.writeAttribute("who", trip.travellerId());
		element(xml, "id", Integer.toString(trip.historianId()));
		element(xml, "role", trip.travellerRole());
		element(xml, "name", trip.person());
		element(xml, "start-date", trip.start().toString());
		element(xml, "end-date", trip.end().toString());
		element(xml, "country", "id", trip.countryId(), trip.countryLabel());
		element(xml, "locale", trip.locale());
		element(xml, "remarks", trip.remarks());
		provenance(xml, trip);
		xml.writeCharacters("\n    ");
		xml.writeEndElement();
	}

	private static void writeVisit(XMLStreamWriter xml, HistorianEntry visit) throws XMLStreamException {
		xml.writeStartElement("visit");
		element(xml, "id", Integer.toString(visit.historianId()));
		element(xml, "start-date", visit.start().toString());
		element(xml, "end-date", visit.end().toString());
		element(xml, "visitor", visit.person());
		element(xml, "from", "id", visit.countryId(), visit.countryLabel());
		element(xml, "description", visit.remarks());
		provenance(xml, visit);
		xml.writeCharacters("\n    ");
		xml.writeEndElement();
	}

	private static void provenance(XMLStreamWriter xml, HistorianEntry entry) throws XMLStreamException {
		element(xml, "created-by", entry.createdBy());
		element(xml, "created-datetime", entry.createdAt());
		element(xml, "last-modified-by", entry.lastModifiedBy());
		element(xml, "last-modified-datetime", entry.lastModifiedAt());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		element(xml, name, null, null, text);
	}

	private static void element(XMLStreamWriter xml, String name, String attribute, String value, String text)
			throws XMLStreamException {
		xml.writeCharacters("\n        ");
		xml.writeStartElement(name);
		if (attribute != null) {
			xml.writeAttribute(attribute, value);
		}
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
