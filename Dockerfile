# Builds the jar and runs it on a JRE; docker-compose.yml wires it to its PostgreSQL.
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -DskipEmbeddedPostgres dependency:go-offline
COPY db db
COPY src src
# The tests run in CI against PostgreSQL; the image only packages what passed there, without the embedded
# PostgreSQL's binaries: it uses the compose file's server.
RUN ./mvnw -B -q -DskipTests -DskipEmbeddedPostgres package && cp target/readout-*.jar /readout.jar

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --create-home readout
USER readout
COPY --from=build /readout.jar /app/readout.jar
EXPOSE 8080
# A heap limit whatever the container is given: three quarters of its memory.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/readout.jar"]
