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
# A heap limit whatever the container is given: half its memory, as the rest of the JVM takes about 300 MB more
# (measured with native memory tracking: classes, code, symbols, threads). Lean native memory as in bench/run.sh.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000"
ENTRYPOINT ["java", "-jar", "/app/readout.jar"]
