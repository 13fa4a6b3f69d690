// The stand-alone documents' readers and writers live in Partnering.Core.Documents; the tests name
// them without a using in every file.
global using PolicyDocument = Partnering.Core.Documents.PolicyDocument;
global using TierLadderDocument = Partnering.Core.Documents.TierLadderDocument;
