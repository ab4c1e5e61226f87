namespace Sitrep.Sources;

/// <summary>The kinds of input the reader tells apart.</summary>
internal enum InputFormat
{
    Unknown,
    Jsonl,
    Json,
    Text,
    Html,
    Warc,
}
