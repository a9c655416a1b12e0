package hta.sdk;

/** One dependency of an SDK pom; {@code classifier} and {@code scope} may be null. */
record Dependency(String groupId, String artifactId, String version, String classifier, String scope) {
    static String xml(Dependency d, String indent) {
        StringBuilder sb = new StringBuilder(indent).append("<dependency><groupId>").append(d.groupId())
                .append("</groupId><artifactId>").append(d.artifactId()).append("</artifactId><version>")
                .append(d.version()).append("</version>");
        if (d.classifier() != null) sb.append("<classifier>").append(d.classifier()).append("</classifier>");
        if (d.scope() != null) sb.append("<scope>").append(d.scope()).append("</scope>");
        return sb.append("</dependency>\n").toString();
    }
}
