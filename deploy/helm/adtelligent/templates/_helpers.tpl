{{/* Names and labels. */}}
{{- define "adtelligent.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "adtelligent.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "adtelligent.labels" -}}
{{ include "adtelligent.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "adtelligent.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "adtelligent.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "adtelligent.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* A name that looks like a secret never takes a plain value (docs/security.md). */}}
{{- define "adtelligent.sensitiveName" -}}
{{- if regexMatch "(SECRET|TOKEN|PASSWORD|_KEY|_KEYS|DATABASE_URL)" . -}}true{{- end -}}
{{- end -}}

{{- define "adtelligent.secretEnv" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ .name }}
      key: {{ .key }}
{{- end -}}

{{/*
The service's environment: plain settings from .Values.config, every secret from a Secret's key.
Shared by the Deployment and the migration Job, so both see the same database and keys.
*/}}
{{- define "adtelligent.env" -}}
{{- range $name, $value := .Values.config }}
{{- if include "adtelligent.sensitiveName" $name }}
{{- fail (printf "config.%s looks like a secret: give it as a Secret's key (secrets.database, secrets.jwt, secrets.extra …), never as a value" $name) }}
{{- end }}
{{- if eq $name "ADT_KMS_PROVIDER" }}
{{- fail "config.ADT_KMS_PROVIDER is set by the chart (aws): several instances must share one master key" }}
{{- end }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
- name: ADT_JAVA_OPTS
  value: {{ .Values.javaOpts | quote }}
- name: ADT_KMS_PROVIDER
  value: aws
{{ include "adtelligent.secretEnv" (dict "env" "ADT_DATABASE_URL" "name" .Values.secrets.database.name "key" .Values.secrets.database.urlKey) }}
{{ include "adtelligent.secretEnv" (dict "env" "ADT_JWT_SIGNING_KEY" "name" .Values.secrets.jwt.name "key" .Values.secrets.jwt.signingKeyKey) }}
{{- if .Values.secrets.jwt.previousKeysKey }}
{{ include "adtelligent.secretEnv" (dict "env" "ADT_JWT_PREVIOUS_KEYS" "name" .Values.secrets.jwt.name "key" .Values.secrets.jwt.previousKeysKey) }}
{{- end }}
{{ include "adtelligent.secretEnv" (dict "env" "ADT_METRICS_TOKEN" "name" .Values.secrets.metrics.name "key" .Values.secrets.metrics.tokenKey) }}
{{ include "adtelligent.secretEnv" (dict "env" "ADT_KMS_KEY_ID" "name" .Values.secrets.kms.name "key" .Values.secrets.kms.keyIdKey) }}
{{- with .Values.secrets.kms.accessKeySecret }}
{{ include "adtelligent.secretEnv" (dict "env" "AWS_ACCESS_KEY_ID" "name" . "key" "access-key-id") }}
{{ include "adtelligent.secretEnv" (dict "env" "AWS_SECRET_ACCESS_KEY" "name" . "key" "secret-access-key") }}
{{- end }}
{{- if .Values.secrets.airbyte.enabled }}
{{- range .Values.secrets.airbyte.keys }}
{{ include "adtelligent.secretEnv" (dict "env" .env "name" $.Values.secrets.airbyte.name "key" .key) }}
{{- end }}
{{- end }}
{{- range .Values.secrets.extra }}
{{ include "adtelligent.secretEnv" (dict "env" .env "name" .name "key" .key) }}
{{- end }}
{{- end -}}

{{- define "adtelligent.volumes" -}}
# The root filesystem is read-only: the JVM's temporary files (an import's sort runs) and the data
# folder (the outbox, when mail goes there) are per pod and empty at start.
- name: tmp
  emptyDir: {}
- name: data
  emptyDir: {}
{{- end -}}

{{- define "adtelligent.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: data
  mountPath: /var/lib/adtelligent
{{- end -}}
