import { graphql } from '@/gql';

/** Every mutation answers with what the session's homework list and the editor show, so they update in place. */
export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: AssignmentInput!) {
    createAssignment(input: $input) {
      id
      cohortId
      sessionId
      position
      ...AssignmentRow_assignment
      ...AssignmentForm_assignment
    }
  }
`);

export const UpdateAssignmentMutation = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      id
      version
      published
      ...AssignmentRow_assignment
      ...AssignmentForm_assignment
    }
  }
`);

export const SetAssignmentPublishedMutation = graphql(`
  mutation SetAssignmentPublished($id: ID!, $published: Boolean!, $expectedVersion: Int!) {
    setAssignmentPublished(id: $id, published: $published, expectedVersion: $expectedVersion) {
      id
      version
      published
      ...AssignmentRow_assignment
    }
  }
`);

export const DeleteAssignmentMutation = graphql(`
  mutation DeleteAssignment($id: ID!) {
    deleteAssignment(id: $id)
  }
`);

export const MoveAssignmentMutation = graphql(`
  mutation MoveAssignment($id: ID!, $position: Int!) {
    moveAssignment(id: $id, position: $position) {
      id
      position
    }
  }
`);
